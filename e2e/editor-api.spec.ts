import { expect, test } from "@playwright/test";
import { signedInAs, signedOut } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { restoreCityOrder, storedCityOrder } from "./helpers/ranking";

// The JSON API as a script uses it: session cookie from next-auth's sign-in endpoints (the setup
// project signed in through /api/auth/csrf + /api/auth/callback/credentials), JSON bodies.

const rankingVersion = async () => ((await queryTestDatabase<{ v: number }>(`SELECT "rankingVersion" AS v FROM "Listing"`))[0]!).v;

test.describe("signed in as an editor", () => {
  test.use(signedInAs.editor);

  test("reorders the ranking with PUT /api/cities/order and gets the new version; a stale version gets 409 and changes nothing", async ({ request }) => {
    const original = await storedCityOrder();
    try {
      const listed = await (await request.get("/api/cities?include=drafts")).json();
      expect(listed.version).toBe(await rankingVersion());
      const swapped = [original[1]!, original[0]!, ...original.slice(2)];
      const response = await request.put("/api/cities/order", { data: { ids: swapped, version: listed.version } });
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual({ version: listed.version + 1 });
      expect(await storedCityOrder()).toEqual(swapped);

      const stale = await request.put("/api/cities/order", { data: { ids: original, version: listed.version } });
      expect(stale.status()).toBe(409);
      expect((await stale.json()).error).toMatchObject({ reason: "stale", currentVersion: listed.version + 1 });
      expect(await storedCityOrder()).toEqual(swapped);

      const publicList = await (await request.get("/api/cities")).json();
      expect(publicList.cities.map((city: { id: number }) => city.id)).toEqual(swapped);
    } finally {
      await restoreCityOrder(request, original);
    }
  });

  test("creates, patches and trashes a city; bad input gets 400 with every field's error", async ({ request }) => {
    const invalid = await request.post("/api/cities", { data: { name: "", slug: "Bad Slug", country: "", summary: "", profile: "", focusAreas: [] } });
    expect(invalid.status()).toBe(400);
    const { error } = await invalid.json();
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["country", "name", "profile", "slug", "summary"]);

    const created = await request.post("/api/cities", { data: { name: "Api Town", slug: "api-town", country: "Testland", summary: "Made by a script.", profile: "Script.", focusAreas: ["iot"] } });
    expect(created.status()).toBe(201);
    const city = await created.json();
    expect(city).toMatchObject({ slug: "api-town", rank: null, version: 1 });
    try {
      const drafts = await (await request.get("/api/cities?include=drafts")).json();
      expect(drafts.cities.find((entry: { slug: string }) => entry.slug === "api-town")).toMatchObject({ status: "DRAFT", rank: null });
      expect((await (await request.get("/api/cities")).json()).cities.some((entry: { slug: string }) => entry.slug === "api-town")).toBe(false);

      const patched = await request.patch(`/api/cities/${city.id}`, { data: { version: 1, summary: "Patched." } });
      expect(patched.status()).toBe(200);
      const stale = await request.patch(`/api/cities/${city.id}`, { data: { version: 1, summary: "Lost update?" } });
      expect(stale.status()).toBe(409);
      expect(((await queryTestDatabase<{ summary: string }>(`SELECT summary FROM "City" WHERE id = $1`, [city.id]))[0]!).summary).toBe("Patched.");

      expect((await request.patch(`/api/cities/${city.id}`, { headers: { "content-type": "application/json" }, data: "{ not json" })).status()).toBe(400);
      expect((await request.patch(`/api/cities/${city.id}`, { headers: { "content-type": "text/plain" }, data: "version=2" })).status()).toBe(400);
      expect((await request.patch(`/api/cities/${city.id}`, { headers: { origin: "https://evil.example" }, data: { version: 2, summary: "x" } })).status()).toBe(403);

      const trashed = await request.delete(`/api/cities/${city.id}`, { data: { version: 2 } });
      expect(trashed.status()).toBe(200);
      expect(((await queryTestDatabase<{ deletedAt: Date | null }>(`SELECT "deletedAt" FROM "City" WHERE id = $1`, [city.id]))[0]!).deletedAt).not.toBeNull();
    } finally {
      await queryTestDatabase(`DELETE FROM "City" WHERE slug = 'api-town'`);
    }
  });
});

test.describe("without a session", () => {
  test.use(signedOut);

  test("every mutating endpoint answers 401 and changes nothing; drafts stay hidden", async ({ request }) => {
    const before = await storedCityOrder();
    const version = await rankingVersion();
    const [firstId] = before as [number];
    const attempts = [
      request.put("/api/cities/order", { data: { ids: [...before].reverse(), version } }),
      request.post("/api/cities", { data: { name: "X", slug: "x", country: "X", summary: "X", profile: "X", focusAreas: [] } }),
      request.patch(`/api/cities/${firstId}`, { data: { version: 1, summary: "x" } }),
      request.delete(`/api/cities/${firstId}`, { data: { version: 1 } }),
      request.put("/api/faq/order", { data: { ids: [], version: 1 } }),
      request.post("/api/faq", { data: { question: "Q?", answer: "A." } }),
      request.get("/api/cities?include=drafts"),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status(), response.url()).toBe(401);
    expect(await storedCityOrder()).toEqual(before);
    expect(await rankingVersion()).toBe(version);
  });
});
