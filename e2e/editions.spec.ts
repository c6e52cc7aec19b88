import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signedInAs } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { cityRow, restoreCityOrder, storedCityOrder } from "./helpers/ranking";

// The yearly cycle on the public design: the admin starts the 2025 edition, editors rework it while
// readers keep seeing 2024 unchanged, an editor previews it, the admin publishes it; readers then
// see 2025 with each city's movement, 2024 as an archive at /2024, and every city's ranks by year.

test.use(signedInAs.admin);

/** The city names of the ranking on the page shown, top to bottom. */
const rankingNames = (page: Page) => page.getByTestId("ranking").getByRole("listitem").getByRole("heading").allTextContents();

async function moveCity(request: APIRequestContext, slug: string, to: number) {
  const [listing] = await queryTestDatabase<{ rankingVersion: number }>(`SELECT "rankingVersion" FROM "Listing"`);
  const response = await request.post(`/api/editor/cities/${(await cityRow(slug)).id}/move`, { data: { to, listVersion: listing!.rankingVersion } });
  expect(response.status(), await response.text()).toBe(200);
}

test("an edition is prepared out of readers' sight, published, and archived at its own address", async ({ page, request, browser }) => {
  const order = await storedCityOrder();
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const readerPage = await reader.newPage();
  try {
    await readerPage.goto("/");
    const titleBefore = await readerPage.getByRole("heading", { level: 1 }).textContent();
    const rankingBefore = await rankingNames(readerPage);
    expect(titleBefore).toContain("2024");

    await page.goto("/admin/editions");
    const start = page.getByRole("region", { name: "Start the next edition" });
    await expect(start.getByLabel("Year of the next edition")).toHaveValue("2025");
    await start.getByRole("button", { name: "Start the next edition" }).click();
    // The page turns to the edition in preparation, and every dashboard page says so.
    await expect(page.getByRole("region", { name: "Preparing the 2025 edition" })).toContainText(/Readers see the 2024 edition \(\d+ cities\)/);
    await expect(page.getByRole("note")).toContainText("You are preparing the 2025 edition: readers see 2024 until it is published.");

    // Rework 2025: Seoul to the top. Readers see 2024 exactly as before, its title included.
    const seoulWas = (await cityRow("seoul")).rank!;
    await moveCity(request, "seoul", 1);
    await readerPage.reload();
    await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText(titleBefore!);
    expect(await rankingNames(readerPage)).toEqual(rankingBefore);
    const apiCities = (await (await reader.request.get("/api/cities")).json()) as { cities: Array<{ name: string }> };
    expect(apiCities.cities.map((city) => city.name)).toEqual(rankingBefore);

    // The preview shows the edition being prepared, with the marker it will carry.
    await page.getByRole("link", { name: "Preview the 2025 edition on the site" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("2025");
    expect((await rankingNames(page))[0]).toBe("Seoul");
    await page.getByRole("link", { name: "End the preview" }).click();

    // Publish, after confirming.
    await page.goto("/admin/editions");
    await page.getByRole("button", { name: "Publish the 2025 edition" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Publish 2025" }).click();
    await expect(page.getByRole("region", { name: "Start the next edition" })).toContainText("Readers see the 2025 edition");
    await expect(page.getByRole("note")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Archived editions (1)" }).getByRole("link", { name: "2024" })).toBeVisible();

    // Readers: 2025, with movement since 2024 in symbols and in words.
    await readerPage.reload();
    await expect(readerPage.getByRole("heading", { level: 1 })).toContainText("2025");
    const seoul = readerPage.locator("#city-seoul");
    await expect(seoul.locator("[data-movement]")).toHaveAttribute("data-movement", "up");
    await expect(seoul.locator(".movement [aria-hidden]")).toHaveText(`\u25b2${seoulWas - 1}`);
    await expect(seoul.locator(".movement .visually-hidden")).toHaveText(`, Up ${seoulWas - 1} places since 2024`);
    const firstIn2024 = readerPage.locator(
      `#city-${(await queryTestDatabase<{ slug: string }>(`SELECT slug FROM "EditionEntry" WHERE year = 2024 AND rank = 1`))[0]!.slug}`,
    );
    await expect(firstIn2024.locator(".movement .visually-hidden")).toHaveText(", Down 1 place since 2024");
    await readerPage.getByRole("link", { name: "2024 edition" }).click();

    // The archive: marked as such, the 2024 order, and the way back to the current ranking.
    await expect(readerPage).toHaveURL(/\/2024$/);
    await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText(titleBefore!);
    await expect(readerPage.getByRole("note")).toContainText("This is the archived 2024 edition of the ranking");
    expect(await rankingNames(readerPage)).toEqual(rankingBefore);
    await readerPage.getByRole("link", { name: "See the current ranking (2025)" }).click();
    await expect(readerPage).toHaveURL(/\/$/);

    // A city's page: its rank in every edition, and the link to its place in the archive.
    await readerPage.goto("/cities/seoul");
    const history = readerPage.getByRole("table", { name: "Rank of Seoul in each edition" });
    await expect(history.getByRole("row")).toHaveText([/Edition\s*Rank/, new RegExp(`2024\\s*${seoulWas}`), /2025 \(current\)\s*1/]);
    await history.getByRole("link", { name: "2024", exact: true }).click();
    await expect(readerPage).toHaveURL(/\/2024#city-seoul$/);

    // The JSON read API.
    const editions = (await (await reader.request.get("/api/editions")).json()) as {
      current: { year: number };
      archived: Array<{ year: number; ranking: string }>;
    };
    expect(editions.current.year).toBe(2025);
    expect(editions.archived).toEqual([expect.objectContaining({ year: 2024, ranking: "/api/editions/2024" })]);
    const archived = (await (await reader.request.get("/api/editions/2024")).json()) as { cities: Array<{ name: string; rank: number }> };
    expect(archived.cities.map((city) => city.name)).toEqual(rankingBefore);
    expect((await reader.request.get("/api/editions/2023")).status()).toBe(404);
    expect((await reader.request.get("/2023")).status()).toBe(404);

    // The archived ranking for a spreadsheet, from the Export page.
    await page.goto("/admin/export");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "The 2024 edition (CSV)" }).click()]);
    expect(download.suggestedFilename()).toBe("smart-cities-ranking-2024-edition.csv");
    const lines = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines.slice(1, -1).map((line) => line.split(",")[1])).toEqual(rankingBefore);
    expect((await request.get("/api/editor/ranking.csv?year=2023")).status()).toBe(404);
    expect((await request.get("/api/editor/ranking.csv?year=abc")).status()).toBe(400);
  } finally {
    await reader.close();
    // Back to the article's single 2024 edition for the journeys after this one: the editions go
    // (the product never deletes one), then the order goes back through the API, which refreshes the site.
    await queryTestDatabase(`DELETE FROM "Edition"`);
    await queryTestDatabase(`UPDATE "Listing" SET year = 2024`);
    await restoreCityOrder(request, order);
  }
});

test("an editor sees the editions but cannot start or publish one", async ({ browser }) => {
  const context = await browser.newContext(signedInAs.editor);
  const page = await context.newPage();
  await page.goto("/admin/editions");
  await expect(page.getByText("Only an admin can start an edition.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start the next edition" })).toHaveCount(0);
  await context.close();
});
