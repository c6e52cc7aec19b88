import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { queryTestDatabase } from "./database";

/** Published city ids in rank order, as stored. */
export async function storedCityOrder(): Promise<number[]> {
  return (await queryTestDatabase<{ id: number }>(`SELECT id FROM "City" WHERE rank IS NOT NULL ORDER BY rank`)).map((row) => row.id);
}

export async function storedCityNames(): Promise<string[]> {
  return (await queryTestDatabase<{ name: string }>(`SELECT name FROM "City" WHERE rank IS NOT NULL ORDER BY rank`)).map((row) => row.name);
}

export async function cityRow(slug: string) {
  const [row] = await queryTestDatabase<{ id: number; rank: number | null; version: number; summary: string; status: string }>(
    `SELECT id, rank, version, summary, status FROM "City" WHERE slug = $1`,
    [slug],
  );
  if (!row) throw new Error(`no city ${slug}`);
  return row;
}

/** Puts the ranking back through the JSON API (which also refreshes the public pages). */
export async function restoreCityOrder(request: APIRequestContext, ids: number[]): Promise<void> {
  const [{ rankingVersion }] = (await queryTestDatabase<{ rankingVersion: number }>(`SELECT "rankingVersion" FROM "Listing" WHERE id = 1`)) as [{ rankingVersion: number }];
  const response = await request.put("/api/cities/order", { data: { ids, version: rankingVersion } });
  expect(response.status(), await response.text()).toBe(200);
}

/** The city names of the public ranking, top to bottom, as a reader sees them. */
export async function publicRanking(page: Page): Promise<string[]> {
  await page.goto("/");
  const names = await page.getByTestId("ranking").getByRole("listitem").getByRole("heading").allTextContents();
  return names.map((name) => name.replace(/^\d+\.?\s*/, "").trim());
}
