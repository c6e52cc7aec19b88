import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeCallbackPath("/admin/cities")).toBe("/admin/cities");
    expect(safeCallbackPath("/admin/cities?status=draft#list")).toBe("/admin/cities?status=draft#list");
  });

  it("turns an absolute URL of our own origin into its path", () => {
    expect(safeCallbackPath("https://cities.example.com/admin/faq", "https://cities.example.com")).toBe("/admin/faq");
  });

  it.each([
    ["another site", "https://evil.example/admin"],
    ["a protocol-relative URL", "//evil.example/admin"],
    ["a backslash trick", "/\\evil.example"],
    ["an embedded backslash", "/admin\\..\\..\\evil"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "admin"],
    ["a tab before slashes", "/\t/evil.example"],
    ["a lookalike origin", "https://cities.example.com.evil.example/admin"],
    ["the login page itself", "/login?callbackUrl=/admin"],
    ["next-auth's endpoints", "/api/auth/signout"],
    ["nothing", ""],
    ["not a string", ["/admin"]],
  ])("refuses %s and falls back to the dashboard", (_label, value) => {
    expect(safeCallbackPath(value, "https://cities.example.com")).toBe(DEFAULT_AFTER_SIGN_IN);
  });
});
