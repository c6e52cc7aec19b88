import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { applyMigrations } from "../../lib/database/migrations";
import { prepareDatabase } from "../../lib/database/prepare";
import { createDatabaseClient } from "../../lib/db";
import { createTestDatabase, type TestDatabase } from "../../test/databases";
import { addPublishedCities } from "../../test/large-ranking";
import type { Credentials } from "./auth";
import { queryTestDatabase } from "./database";
import { createE2eUsers } from "./users";
import { LISTING_ID } from "../../lib/listing/the-listing";

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
  const [{ rankingVersion }] = (await queryTestDatabase<{ rankingVersion: number }>(`SELECT "rankingVersion" FROM "Listing" WHERE id = $1`, [LISTING_ID])) as [
    { rankingVersion: number },
  ];
  const response = await request.put("/api/editor/cities/order", { data: { ids, version: rankingVersion } });
  expect(response.status(), await response.text()).toBe(200);
}

/** The city names of the public ranking, top to bottom, as a reader sees them. */
export async function publicRanking(page: Page): Promise<string[]> {
  await page.goto("/");
  const names = await page.getByTestId("ranking").getByRole("listitem").getByRole("heading").allTextContents();
  return names.map((name) => name.replace(/^\d+\.?\s*/, "").trim());
}

/**
 * Appends `count` published cities ("Scale City 16", … named by the rank they start at) after the
 * ranked ones, in one statement, so a journey can page through a list longer than one page.
 * Returns their ids in rank order.
 */
export async function addScaleCities(count: number): Promise<number[]> {
  const rows = await queryTestDatabase<{ id: number }>(
    `WITH inserted AS (
       INSERT INTO "City" (slug, name, country, summary, profile, "focusAreas", status, rank, "updatedAt")
       SELECT 'scale-city-' || r, 'Scale City ' || r, 'Scaleland', 'A generated city.', 'Generated for paging.', '{mobility}', 'PUBLISHED', r, now()
       FROM generate_series((SELECT count(*) FROM "City" WHERE rank IS NOT NULL) + 1, (SELECT count(*) FROM "City" WHERE rank IS NOT NULL) + $1::int) AS r
       RETURNING id, rank)
     SELECT id FROM inserted ORDER BY rank`,
    [count],
  );
  return rows.map((row) => row.id);
}

/** Adds `count` drafts ("Scale Draft 1", …) that would land at the end of the ranking. */
export async function addScaleDrafts(count: number): Promise<void> {
  await queryTestDatabase(
    `INSERT INTO "City" (slug, name, country, summary, profile, "focusAreas", status, "updatedAt")
     SELECT 'scale-draft-' || n, 'Scale Draft ' || lpad(n::text, 3, '0'), 'Scaleland', 'A generated draft.', 'Generated for paging.', '{mobility}', 'DRAFT', now()
     FROM generate_series(1, $1::int) AS n`,
    [count],
  );
}

/** Removes what addScaleCities and addScaleDrafts added; the scale cities must be back at the end of the ranking. */
export async function deleteScaleCities(): Promise<void> {
  await queryTestDatabase(`DELETE FROM "City" WHERE slug LIKE 'scale-city-%' OR slug LIKE 'scale-draft-%'`);
}

/**
 * A fresh database with `cities` published cities (the article's 15, then "Scale City 16"…), the
 * e2e users, migrated and prepared like a real start: for the 10,000-city journey and for
 * benchmarks (scripts/bench). Needs TEST_DATABASE_SERVER_URL (else an embedded database). Drop it after.
 */
export async function createLargeRankingDatabase(cities: number): Promise<TestDatabase> {
  const database = await createTestDatabase("scale");
  try {
    await applyMigrations(database.url, { log: () => undefined });
    await createE2eUsers(database.url);
    await prepareDatabase(database.url, () => undefined);
    const db = createDatabaseClient(database.url);
    try {
      await addPublishedCities(db, Math.max(0, cities - (await db.city.count({ where: { rank: { not: null } } }))));
    } finally {
      await db.$disconnect();
    }
    return database;
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/**
 * Signs in with plain fetch, as a script would (GET /api/auth/csrf, then POST the credentials with
 * the CSRF cookie), and returns the Cookie header to send with dashboard requests.
 */
export async function signInWithFetch(origin: string, credentials: Credentials): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: header() },
    body: new URLSearchParams({ email: credentials.email, password: credentials.password, csrfToken }),
    redirect: "manual",
  });
  keep(signIn);
  if (signIn.status !== 302 || (signIn.headers.get("location") ?? "").includes("error="))
    throw new Error(`signing in as ${credentials.email} failed (${signIn.status} ${signIn.headers.get("location")})`);
  return header();
}

/** One signed-in GET of a dashboard page: its status, the size of its HTML and how long the whole answer took. */
export async function fetchDashboardPage(origin: string, cookie: string, address: string): Promise<{ status: number; bytes: number; milliseconds: number }> {
  const started = performance.now();
  const response = await fetch(`${origin}${address}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const bytes = (await response.arrayBuffer()).byteLength;
  return { status: response.status, bytes, milliseconds: performance.now() - started };
}
