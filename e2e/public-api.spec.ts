import { expect, test } from "@playwright/test";
import { publicSiteFixtures } from "./helpers/fixtures";
import { storedListing, storedPublishedCities, storedPublishedFaq } from "./helpers/public-site";
import { PUBLIC_CACHE_CONTROL } from "../lib/public-cache-control.mjs";

// The public JSON read API (documented in README.md, "JSON read API"): published content only, stable
// shapes, cacheable by shared caches.

test("GET /api/cities answers the first page of published cities in rank order with the ranking's version, the total and no next page", async ({ request }) => {
  const [listing, cities] = await Promise.all([storedListing(), storedPublishedCities()]);
  const response = await request.get("/api/cities");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
  const body = await response.json();
  expect(Object.keys(body)).toEqual(["version", "cities", "total", "next"]);
  expect(body.version).toBe(listing.rankingVersion);
  // Pages hold 100 cities (lib/ranking-pages.ts): the e2e database's cities fit on the first.
  expect(cities.length).toBeLessThanOrEqual(100);
  expect(body.total).toBe(cities.length);
  expect(body.next).toBeNull();
  expect(body.cities).toEqual(
    cities.map((city) => ({
      id: city.id,
      slug: city.slug,
      name: city.name,
      country: city.country,
      rank: city.rank,
      summary: city.summary,
      focusAreas: city.focusAreas,
      updatedAt: city.updatedAt.toISOString(),
    })),
  );
  expect(JSON.stringify(body)).not.toContain(publicSiteFixtures.draftCity.slug);
});

test("further pages of GET /api/cities have addresses of their own: page 1 is /api/cities, a page past the last is a 404", async ({ request }) => {
  const first = await request.get("/api/cities/page/1", { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers()["location"]).toBe("/api/cities");
  for (const path of ["/api/cities/page/2", "/api/cities/page/0", "/api/cities/page/two"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.json(), path).toEqual({ error: { reason: "not-found", message: "This page of the ranking does not exist." } });
  }
});

test("GET /api/cities/[slug] answers one published city with its profile", async ({ request }) => {
  const city = (await storedPublishedCities())[4]!;
  const response = await request.get(`/api/cities/${city.slug}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
  expect(await response.json()).toEqual({
    city: {
      id: city.id,
      slug: city.slug,
      name: city.name,
      country: city.country,
      rank: city.rank,
      summary: city.summary,
      focusAreas: city.focusAreas,
      updatedAt: city.updatedAt.toISOString(),
      profile: city.profile,
    },
  });
});

test("GET /api/cities/[slug] answers 404 for drafts and unknown cities, and 308 for a renamed city's old slug", async ({ request }) => {
  for (const slug of [publicSiteFixtures.draftCity.slug, "atlantis", publicSiteFixtures.renamedDraft.oldSlug]) {
    const response = await request.get(`/api/cities/${slug}`);
    expect(response.status(), slug).toBe(404);
    expect(await response.json()).toEqual({ error: { reason: "not-found", message: "No published city has this address." } });
  }
  const moved = await request.get(`/api/cities/${publicSiteFixtures.renamedCity.oldSlug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()["location"]).toBe(`/api/cities/${publicSiteFixtures.renamedCity.slug}`);
  const followed = await request.get(`/api/cities/${publicSiteFixtures.renamedCity.oldSlug}`);
  expect((await followed.json()).city.slug).toBe(publicSiteFixtures.renamedCity.slug);
});

test("GET /api/faq answers the published FAQ entries in order with the FAQ's version", async ({ request }) => {
  const [listing, entries] = await Promise.all([storedListing(), storedPublishedFaq()]);
  const response = await request.get("/api/faq");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
  expect(await response.json()).toEqual({
    version: listing.faqVersion,
    entries: entries.map((entry) => ({
      id: entry.id,
      position: entry.position,
      question: entry.question,
      answer: entry.answer,
      updatedAt: entry.updatedAt.toISOString(),
    })),
  });
});

test("GET /api/health says ok and nothing more: no driver, host or timing for the public", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({ status: "ok" });
});
