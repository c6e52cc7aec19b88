import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signedInAs, signedOut } from "./helpers/auth";
import { storedCityNames } from "./helpers/ranking";

test.describe("signed in", () => {
  test.use(signedInAs.editor);

  test("an editor downloads the whole content as JSON and the ranking as CSV from the dashboard", async ({ page }) => {
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Export" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Export" })).toBeVisible();

    const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the content (JSON)" }).click()]);
    expect(json.suggestedFilename()).toMatch(/^smart-cities-content-\d{4}-\d{2}-\d{2}\.json$/);
    const content = JSON.parse(await readFile((await json.path())!, "utf8")) as {
      format: string;
      version: number;
      cities: Array<{ name: string; rank: number | null }>;
      revisions: unknown[];
      editions: unknown[];
    };
    expect(content).toMatchObject({ format: "smart-cities-cms/content", version: 2, editions: expect.any(Array) });
    const ranked = content.cities.filter((city) => city.rank !== null).sort((a, b) => a.rank! - b.rank!);
    expect(ranked.map((city) => city.name)).toEqual(await storedCityNames());
    expect(content.revisions.length).toBeGreaterThan(0);

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the ranking (CSV)" }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^smart-cities-ranking-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile((await csv.path())!, "utf8")).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("rank,name,country,summary,slug");
    const names = await storedCityNames();
    expect(lines).toHaveLength(names.length + 2);
    expect(lines[1]).toMatch(new RegExp(`^1,${names[0]},`));
    expect(lines.at(-1)).toBe("");
  });
});

test.describe("signed out", () => {
  test.use(signedOut);

  test("the downloads hold drafts, so they answer only editors", async ({ request }) => {
    for (const path of ["/api/editor/content", "/api/editor/ranking.csv"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(401);
      expect(response.headers()["cache-control"]).toBe("no-store");
    }
  });
});
