import { expect, test, type BrowserContext } from "@playwright/test";
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestDatabase } from "../test/databases";
import { startAppServer, type AppServer } from "./helpers/app-server";
import { e2eUsers, signInThroughApi } from "./helpers/auth";
import { createLargeRankingDatabase, fetchDashboardPage, signInWithFetch } from "./helpers/ranking";

// An editor at 10,000 cities. This journey works on a database of its own (the seeded 15 cities
// and 9,985 generated ones, "Scale City 16" to "Scale City 10000", named by the rank they start at)
// served by a second `next start` of the build under test, so the other journeys' database and
// ranking are never touched.
//
// Why a throwaway copy of the build folder: `next start` keeps its prerendered pages and their
// regenerations in the build folder (<distDir>/server/app). Two servers on one folder share those
// files, so this server's regeneration of `/` after the move (10,000 cities) could be served by
// the main test server, and this server would start by serving the main database's prerendered
// `/`. A copy (without <distDir>/cache, which the server refills) gives this server files of its
// own; it is removed afterwards. REDIS_URL is removed for the same reason: with it, Next's cache
// would be shared through Redis (cache-handler.mjs) with any other server on that Redis.

const root = fileURLToPath(new URL("..", import.meta.url));
const CITIES = 10_000;
const CITY = { name: "Scale City 9000", slug: "scale-city-9000" };

let database: TestDatabase;
let server: AppServer | undefined;
let buildCopy: string | undefined;
let editor: BrowserContext | undefined;

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(300_000);
  const started = Date.now();
  database = await createLargeRankingDatabase(CITIES);
  console.log(`[ranking at scale] a database of ${CITIES} cities in ${Date.now() - started} ms`);

  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  buildCopy = `${distDir}-scale-${process.pid}`;
  cpSync(path.join(root, distDir), path.join(root, buildCopy), { recursive: true, filter: (source) => source !== path.join(root, distDir, "cache") });
  server = await startAppServer({ DATABASE_URL: database.url, NEXT_DIST_DIR: buildCopy, REDIS_URL: undefined });

  editor = await browser.newContext({ baseURL: server.origin });
  await signInThroughApi(editor.request, e2eUsers.editor);
});

test.afterAll(async () => {
  await editor?.close();
  await server?.stop();
  if (buildCopy) rmSync(path.join(root, buildCopy), { recursive: true, force: true });
  await database?.drop();
});

test("at 10,000 cities an editor finds city no. 9,000, types rank 1, and readers see it first", async ({}, testInfo) => {
  testInfo.setTimeout(420_000);
  const page = await editor!.newPage();

  // The figures the benchmark tracks, logged (no assertion on time: timing belongs to `npm run bench`).
  const cookie = await signInWithFetch(server!.origin, e2eUsers.editor);
  for (const address of ["/admin/cities", "/admin/cities?page=180", `/admin/cities?q=${encodeURIComponent("scale city 9")}`]) {
    const runs = [];
    for (let run = 0; run < 6; run++) runs.push(await fetchDashboardPage(server!.origin, cookie, address));
    expect(runs.map((figures) => figures.status)).toEqual(runs.map(() => 200));
    const warm = runs
      .slice(1)
      .map((figures) => figures.milliseconds)
      .sort((a, b) => a - b);
    console.log(
      `[ranking at scale] GET ${address}: ${(runs[0]!.bytes / 1024).toFixed(0)} KB of HTML, first ${runs[0]!.milliseconds.toFixed(0)} ms, then median ${warm[2]!.toFixed(0)} ms (${warm.map((ms) => ms.toFixed(0)).join(", ")})`,
    );
    expect(runs[0]!.bytes, "the dashboard's HTML stays small at 10,000 cities").toBeLessThan(300 * 1024);
  }

  await page.goto("/admin/cities");
  await expect(page.getByTestId("list-summary")).toHaveText(`Showing ranks 1–50 of ${CITIES}.`);
  await page.getByRole("searchbox", { name: "Search" }).fill(CITY.name);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const row = page.getByTestId("ordered-row").filter({ has: page.getByRole("link", { name: CITY.name, exact: true }) });
  await expect(row.getByLabel("rank 9000", { exact: true })).toBeVisible();

  await page.getByLabel(`New rank for ${CITY.name}`).fill("1");
  await row.getByRole("button", { name: "Move", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "moved" })).toHaveText(new RegExp(`${CITY.name} moved from rank 9000 to 1\\. Saved\\.`), {
    timeout: 60_000,
  });
  await expect(row.getByLabel("rank 1", { exact: true })).toBeVisible();

  // The dashboard's first page and the public ranking both start with it now.
  await page.getByRole("link", { name: `Show all` }).click();
  await expect(page.getByTestId("ordered-row").first()).toContainText(CITY.name);
  const reader = await page.context().browser()!.newContext({ baseURL: server!.origin });
  const publicPage = await reader.newPage();
  // Until the public ranking is paged, `/` at 10,000 cities is a very long page: wait for its first
  // entry, not for the whole document to load.
  await publicPage.goto("/", { waitUntil: "commit", timeout: 120_000 });
  await expect(publicPage.getByTestId("ranking").getByRole("listitem").first().getByRole("heading")).toContainText(CITY.name, { timeout: 120_000 });
  await reader.close();
});
