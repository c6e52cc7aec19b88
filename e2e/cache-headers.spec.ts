import { expect, test, type APIRequestContext } from "@playwright/test";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PUBLIC_CACHE_CONTROL } from "../lib/public-cache-control.mjs";
import { signedInAs } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";

// What the app tells browsers and shared caches (a CDN, deploy/nginx.conf). Nothing purges a CDN
// when an editor publishes, so no public answer may let a shared cache keep it for long (Next's
// default for static pages is a year), while the app itself still answers every view from its own
// cache without reading the database. Private pages are never stored anywhere. Why these values:
// lib/public-cache-control.mjs and docs/deploy.md.

const root = fileURLToPath(new URL("..", import.meta.url));

/** Every kind of public answer: pages, the sitemap, robots.txt, link-preview pictures and the JSON API. */
async function publicAddresses(request: APIRequestContext): Promise<string[]> {
  const [city] = await queryTestDatabase<{ slug: string }>(`SELECT slug FROM "City" WHERE rank = 1`);
  const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(await (await request.get("/")).text())![1]!;
  return ["/", `/cities/${city!.slug}`, "/sitemap.xml", "/robots.txt", new URL(ogImage).pathname, "/api/cities", `/api/cities/${city!.slug}`, "/api/faq"];
}

function sharedCacheLifetime(cacheControl: string): number {
  return (
    Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1] ?? /max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0) +
    Number(/stale-while-revalidate=(\d+)/.exec(cacheControl)?.[1] ?? 0)
  );
}

test("public answers let shared caches keep them for seconds, never a year, and browsers always revalidate", async ({ request }) => {
  expect(sharedCacheLifetime(PUBLIC_CACHE_CONTROL), "a publish reaches every reader behind a CDN within a minute").toBeLessThanOrEqual(60);
  expect(PUBLIC_CACHE_CONTROL).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
  for (const address of await publicAddresses(request)) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    expect(response.headers()["cache-control"], address).toBe(PUBLIC_CACHE_CONTROL);
  }
});

test("public answers stay static: a repeat view is served from the app's cache, not rendered from the database", async ({ request }) => {
  for (const address of await publicAddresses(request)) {
    await request.get(address); // renders once if a journey before this one revalidated the site
    const repeat = await request.get(address);
    expect(repeat.headers()["x-nextjs-cache"], address).toBe("HIT");
    expect(repeat.headers()["cache-control"], address).toBe(PUBLIC_CACHE_CONTROL);
  }
});

test("unknown addresses and renamed cities are not kept by shared caches longer than the pages", async ({ request }) => {
  for (const [address, status] of [
    ["/cities/atlantis", 404],
    ["/no-such-page", 404],
    ["/api/cities/atlantis", 404],
  ] as const) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(status);
    expect(sharedCacheLifetime(response.headers()["cache-control"] ?? ""), address).toBeLessThanOrEqual(60);
  }
});

test("the build's scripts and styles are cached for a year: their names change with their content", async ({ request }) => {
  const chunk = readdirSync(path.join(root, process.env.NEXT_DIST_DIR ?? ".next-test", "static/chunks")).find((file) => file.endsWith(".js"))!;
  const response = await request.get(`/_next/static/chunks/${chunk}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("the sign-in page and the health check are never stored", async ({ request }) => {
  for (const address of ["/login", "/api/health"]) {
    const cacheControl = (await request.get(address)).headers()["cache-control"] ?? "";
    expect(cacheControl, address).toContain("no-store");
    expect(cacheControl, address).not.toContain("public");
  }
});

test.describe("signed in", () => {
  test.use(signedInAs.editor);

  test("the dashboard and the editors' reads are never stored", async ({ request }) => {
    for (const address of ["/admin/cities", "/api/editor/cities"]) {
      const response = await request.get(address, { maxRedirects: 0 });
      expect(response.status(), address).toBe(200);
      const cacheControl = response.headers()["cache-control"] ?? "";
      expect(cacheControl, address).toContain("no-store");
      expect(cacheControl, address).not.toContain("public");
    }
  });
});
