import { describe, expect, it } from "vitest";
import { previewPath } from "./paths";

describe("the pages a preview may open", () => {
  it("opens the ranking and city pages", () => {
    for (const path of ["/", "/cities/kuala-lumpur", "/ranking/2"]) expect(previewPath(path)).toBe(path);
  });

  it("sends anything else to the ranking, never to another site or the dashboard", () => {
    for (const path of [
      null,
      "",
      "//evil.example",
      "https://evil.example",
      "/admin/users",
      "/api/editor/content",
      "/cities/../admin",
      "/ranking/0",
      "/cities/A",
    ])
      expect(previewPath(path)).toBe("/");
  });
});
