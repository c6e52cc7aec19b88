import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signedInAs } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { testDatabaseDigest } from "./helpers/database-digest";
import { restoreCityOrder, storedCityNames, storedCityOrder } from "./helpers/ranking";
import { LISTING_ID } from "../lib/listing/the-listing";

// Bringing content in from the dashboard: a ranking reworked in a spreadsheet, and a content file
// merged as the next edition. Each is checked first (a preview that writes nothing), then applied.

/** Previews and applies `file` through the JSON API (the preview's token applies it). */
async function importThroughApi(request: APIRequestContext, path: string, file: string) {
  const preview = await request.post(path, { data: { file } });
  expect(preview.status(), await preview.text()).toBe(200);
  const { confirm } = (await preview.json()) as { confirm: string };
  const applied = await request.post(path, { data: { file, confirm } });
  expect(applied.status(), await applied.text()).toBe(200);
}

/** Uploads `text` as a file in the section named `section` and asks for the preview. */
async function checkFile(page: Page, section: string, name: string, text: string) {
  const region = page.getByRole("region", { name: section });
  const label = section.includes("CSV") ? "CSV file" : "Content file (JSON)";
  await region.getByLabel(label).setInputFiles({ name, mimeType: name.endsWith(".csv") ? "text/csv" : "application/json", buffer: Buffer.from(text) });
  await region.getByRole("button", { name: "Check the file" }).click();
  return region;
}

const CSV_SECTION = "A ranking from a spreadsheet (CSV)";
const CONTENT_SECTION = "A content file as the next edition (JSON)";

test.describe("an editor", () => {
  test.use(signedInAs.editor);

  test("reworks the ranking in a spreadsheet: the preview shows what moves, arrives and leaves, and applying it is what readers see", async ({
    page,
    request,
    browser,
  }) => {
    const original = (await (await request.get("/api/editor/ranking.csv")).text()).replace(/^\uFEFF/, "");
    const [header, ...rows] = original.trimEnd().split("\r\n");
    const names = await storedCityNames();
    try {
      await page.goto("/admin");
      await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Import" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();
      await expect(page.getByRole("region", { name: CONTENT_SECTION })).toContainText("Only an admin can merge a content file");

      // The last city first, a new city without an address, the second-to-last left out, Seoul's summary rewritten.
      const renumber = (lines: string[]) => lines.map((line, index) => line.replace(/^\d+,/, `${index + 1},`));
      const left = rows.at(-2)!;
      const reworked = renumber([
        rows.at(-1)!,
        '0,Da Nang,Vietnam,"Beaches, sensors and a plan.",',
        ...rows
          .slice(0, -2)
          .map((line) => (line.endsWith(",seoul") ? line.replace(/^(\d+,Seoul,South Korea,).*(,seoul)$/, "$1Rewritten in a spreadsheet.$2") : line)),
      ]);
      const before = await testDatabaseDigest();
      const region = await checkFile(page, CSV_SECTION, "ranking.csv", [header, ...reworked, ""].join("\r\n"));
      const preview = region.getByRole("region", { name: "What the file changes" });
      await expect(preview).toContainText("Readers see these changes as soon as you apply them");
      await expect(preview).toContainText(`The ranking will hold ${rows.length} cities:`);
      await expect(preview.getByRole("table", { name: "New in the ranking (1)" })).toContainText("Da Nang");
      await expect(preview.getByRole("table", { name: "New in the ranking (1)" })).toContainText("da-nang");
      await expect(preview.getByRole("table", { name: /^Dropped/ })).toContainText(left.split(",")[1]!);
      await expect(preview.getByRole("table", { name: "Edited (1)" })).toContainText("summary");
      await expect(preview.getByRole("table", { name: /^Moved/ }).getByRole("row", { name: new RegExp(`^${names.at(-1)} ${names.length} 1$`) })).toBeVisible();
      expect(await testDatabaseDigest()).toEqual(before);
      const axe = await new AxeBuilder({ page }).include("main").analyze();
      expect(axe.violations.map((violation) => violation.id)).toEqual([]);

      await preview.getByRole("button", { name: "Apply these changes" }).click();
      await expect(region.getByRole("status")).toContainText("Imported:");
      await expect(region.getByRole("status")).toContainText("1 new, 1 dropped, 1 edited, into the 2024 edition.");
      const expected = [names.at(-1)!, "Da Nang", ...names.slice(0, -2)];
      expect(await storedCityNames()).toEqual(expected);

      // No edition is being prepared: readers see it at once.
      const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const readerPage = await reader.newPage();
      await readerPage.goto("/");
      await expect(readerPage.getByTestId("ranking").getByRole("listitem").getByRole("heading").first()).toContainText(names.at(-1)!);
      await readerPage.goto("/cities/seoul");
      await expect(readerPage.getByText("Rewritten in a spreadsheet.")).toBeVisible();
      await reader.close();

      // A bad file is refused with every problem by line, and changes nothing.
      const unchanged = await testDatabaseDigest();
      await checkFile(page, CSV_SECTION, "bad.csv", [header, "1,Singapore,Singapore,A city-state.,singapore", "1,Seoul,South Korea,,seoul", ""].join("\r\n"));
      await expect(region.getByRole("alert")).toContainText("The file was not imported, and nothing was changed. 2 problems to fix.");
      const problems = region.getByRole("list", { name: "Problems in the file" });
      await expect(problems.getByRole("listitem")).toHaveText(["Line 3, summary: Enter a summary for the list.", "Line 3, rank: Rank 1 is already on line 2."]);
      expect(await testDatabaseDigest()).toEqual(unchanged);
      // A file over the limit is refused by the form before anything is sent.
      await region.getByLabel("CSV file").setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(32 * 1024 * 1024 + 1, "a") });
      await expect(region.getByText("huge.csv is larger than 32 MB, the most the Import page takes.")).toBeVisible();

      // A spreadsheet saved in a legacy encoding is refused rather than imported with "S�o Paulo".
      await region
        .getByLabel("CSV file")
        .setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: Buffer.from(`${header}\r\n1,São Paulo,Brazil,A city.,\r\n`, "latin1") });
      await expect(region.getByText("latin1.csv is not UTF-8 text: save it again as UTF-8 (in Excel: “CSV UTF-8”).")).toBeVisible();

      // The original file puts everything back: the city left out returns, the new one becomes a draft.
      await checkFile(page, CSV_SECTION, "original.csv", original);
      await expect(region.getByRole("table", { name: /^Dropped/ })).toContainText("Da Nang");
      // Someone edits Singapore while the preview is open: applying it is refused, and what the file would change now is shown.
      const [singapore] = await queryTestDatabase<{ id: number; version: number }>(`SELECT id, version FROM "City" WHERE slug = 'singapore'`);
      const edit = await request.patch(`/api/editor/cities/${singapore!.id}`, {
        data: { version: singapore!.version, summary: "Edited by someone else meanwhile." },
      });
      expect(edit.status(), await edit.text()).toBe(200);
      await region.getByRole("button", { name: "Apply these changes" }).click();
      await expect(region.getByRole("alert")).toContainText(
        "Something changed after you checked the file, so nothing was imported. Below is what the file would change now: apply it if that is still what you want.",
      );
      await expect(region.getByRole("table", { name: "Edited (2)" })).toContainText("Singapore");
      expect(await storedCityNames()).toEqual(expected);
      await region.getByRole("button", { name: "Apply these changes" }).click();
      await expect(region.getByRole("status")).toContainText("Imported:");
      expect(await storedCityNames()).toEqual(names);
    } finally {
      // However far the journey got: the original file through the same route, then the new city's draft goes.
      await importThroughApi(request, "/api/editor/import/ranking-csv", original);
      await queryTestDatabase(`DELETE FROM "City" WHERE slug = 'da-nang' AND rank IS NULL`);
    }
  });
});

test.describe("an admin", () => {
  test.use(signedInAs.admin);

  test("merges a content file as the next edition: readers keep seeing theirs while it is prepared", async ({ page, request, browser }) => {
    const order = await storedCityOrder();
    const [{ intro }] = (await queryTestDatabase<{ intro: string }>(`SELECT intro FROM "Listing" WHERE id = $1`, [LISTING_ID])) as [{ intro: string }];
    const content = (await (await request.get("/api/editor/content")).json()) as {
      pageText: { intro: string };
      cities: Array<{ name: string; rank: number | null }>;
    };
    const ranked = content.cities.filter((city) => city.rank !== null).sort((a, b) => a.rank! - b.rank!);
    // The last city first; a new introduction.
    ranked.forEach((city, index) => (city.rank = index === ranked.length - 1 ? 1 : index + 2));
    content.pageText.intro = "Written on another server for next year.";
    const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const readerPage = await reader.newPage();
    try {
      await readerPage.goto("/");
      const readersBefore = await readerPage.getByTestId("ranking").getByRole("listitem").getByRole("heading").allTextContents();

      await page.goto("/admin/import");
      const region = await checkFile(page, CONTENT_SECTION, "content.json", JSON.stringify(content));
      const preview = region.getByRole("region", { name: "What the file changes" });
      await expect(preview).toContainText("Applying starts the 2025 edition with this content. Readers keep seeing 2024 until you publish 2025");
      await expect(preview).toContainText("The page text changes: intro.");
      await preview.getByRole("button", { name: "Apply these changes" }).click();
      await expect(region.getByRole("status")).toContainText("into the 2025 edition.");

      expect((await storedCityNames())[0]).toBe(ranked.at(-1)!.name);
      await readerPage.reload();
      expect(await readerPage.getByTestId("ranking").getByRole("listitem").getByRole("heading").allTextContents()).toEqual(readersBefore);
      await expect(readerPage.getByText("Written on another server for next year.")).toHaveCount(0);
      await page.goto("/admin/editions");
      await expect(page.getByRole("region", { name: "Preparing the 2025 edition" })).toContainText("Readers see the 2024 edition");
    } finally {
      await reader.close();
      // Back to the article's single 2024 edition (as e2e/editions.spec.ts leaves it), its intro and order.
      await queryTestDatabase(`DELETE FROM "Edition"`);
      await queryTestDatabase(`UPDATE "Listing" SET year = 2024, intro = $1 WHERE id = $2`, [intro, LISTING_ID]);
      await restoreCityOrder(request, order);
    }
  });
});
