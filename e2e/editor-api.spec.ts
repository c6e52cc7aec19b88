import { expect, test, type APIResponse } from "@playwright/test";
import { signedInAs, signedOut } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { changedTables, testDatabaseDigest } from "./helpers/database-digest";
import { restoreCityOrder, storedCityOrder } from "./helpers/ranking";

// The JSON API as a script uses it: session cookie from next-auth's sign-in endpoints (the setup
// project signed in through /api/auth/csrf + /api/auth/callback/credentials), JSON bodies.

const rankingVersion = async () => (await queryTestDatabase<{ v: number }>(`SELECT "rankingVersion" AS v FROM "Listing"`))[0]!.v;
const faqVersion = async () => (await queryTestDatabase<{ v: number }>(`SELECT "faqVersion" AS v FROM "Listing"`))[0]!.v;
const storedFaqOrder = async () =>
  (await queryTestDatabase<{ id: number }>(`SELECT id FROM "FaqEntry" WHERE position IS NOT NULL ORDER BY position`)).map((row) => row.id);

test.describe("signed in as an editor", () => {
  test.use(signedInAs.editor);

  test("reorders the ranking with PUT /api/editor/cities/order and gets the new version; a stale version gets 409 and changes nothing", async ({ request }) => {
    const original = await storedCityOrder();
    try {
      const listed = await (await request.get("/api/editor/cities")).json();
      expect(listed.version).toBe(await rankingVersion());
      const swapped = [original[1]!, original[0]!, ...original.slice(2)];
      const response = await request.put("/api/editor/cities/order", { data: { ids: swapped, version: listed.version } });
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual({ version: listed.version + 1 });
      expect(await storedCityOrder()).toEqual(swapped);

      const stale = await request.put("/api/editor/cities/order", { data: { ids: original, version: listed.version } });
      expect(stale.status()).toBe(409);
      expect((await stale.json()).error).toMatchObject({ reason: "stale", currentVersion: listed.version + 1 });
      expect(await storedCityOrder()).toEqual(swapped);

      const publicList = await (await request.get("/api/cities")).json();
      expect(publicList.cities.map((city: { id: number }) => city.id)).toEqual(swapped);
    } finally {
      await restoreCityOrder(request, original);
    }
  });

  test("moves one city with POST /api/editor/cities/<id>/move and gets the new list version; a stale listVersion gets 409 and changes nothing", async ({
    request,
  }) => {
    const original = await storedCityOrder();
    try {
      const version = await rankingVersion();
      const last = original.at(-1)!;
      const moved = await request.post(`/api/editor/cities/${last}/move`, { data: { to: 1, listVersion: version } });
      expect(moved.status(), await moved.text()).toBe(200);
      expect(await moved.json()).toEqual({ listVersion: version + 1, rank: 1 });
      const afterMove = [last, ...original.slice(0, -1)];
      expect(await storedCityOrder()).toEqual(afterMove);
      expect((await (await request.get("/api/cities")).json()).cities.map((city: { id: number }) => city.id)).toEqual(afterMove);

      // A rank beyond the end means last, as in the dashboard.
      const back = await request.post(`/api/editor/cities/${last}/move`, { data: { to: 100_000, listVersion: version + 1 } });
      expect(await back.json()).toEqual({ listVersion: version + 2, rank: original.length });
      expect(await storedCityOrder()).toEqual(original);

      const stale = await request.post(`/api/editor/cities/${original[0]}/move`, { data: { to: 3, listVersion: version } });
      expect(stale.status()).toBe(409);
      expect((await stale.json()).error).toMatchObject({ reason: "stale", currentVersion: version + 2 });
      expect(await storedCityOrder()).toEqual(original);
      expect(await rankingVersion()).toBe(version + 2);
    } finally {
      if ((await storedCityOrder()).join() !== original.join()) await restoreCityOrder(request, original);
    }
  });

  test("moves one FAQ entry with POST /api/editor/faq/<id>/move", async ({ request }) => {
    const original = await storedFaqOrder();
    const version = await faqVersion();
    const [first, second] = original as [number, number];
    const moved = await request.post(`/api/editor/faq/${first}/move`, { data: { to: 2, listVersion: version } });
    expect(moved.status(), await moved.text()).toBe(200);
    expect(await moved.json()).toEqual({ listVersion: version + 1, position: 2 });
    expect((await storedFaqOrder()).slice(0, 2)).toEqual([second, first]);
    const back = await request.post(`/api/editor/faq/${first}/move`, { data: { to: 1, listVersion: version + 1 } });
    expect(await back.json()).toEqual({ listVersion: version + 2, position: 1 });
    expect(await storedFaqOrder()).toEqual(original);
  });

  test("a move with a bad body or address gets 400 naming each field, and changes nothing", async ({ request }) => {
    const original = await storedCityOrder();
    const version = await rankingVersion();
    const invalid = await request.post(`/api/editor/cities/${original[0]}/move`, { data: { to: 0, listVersion: "seven" } });
    expect(invalid.status()).toBe(400);
    const { error } = await invalid.json();
    expect(error.reason).toBe("invalid");
    expect(error.fieldErrors).toEqual({ to: ["Positions start at 1."], listVersion: [expect.stringMatching(/version/i)] });

    const missing = await request.post(`/api/editor/cities/${original[0]}/move`, { data: {} });
    expect(Object.keys((await missing.json()).error.fieldErrors).sort()).toEqual(["listVersion", "to"]);

    const badId = await request.post("/api/editor/cities/first/move", { data: { to: 1, listVersion: version } });
    expect(badId.status()).toBe(400);
    expect((await badId.json()).error.fieldErrors).toEqual({ id: ["The id in the address must be a number."] });

    const draftOrUnknown = await request.post("/api/editor/cities/2147483647/move", { data: { to: 1, listVersion: version } });
    expect(draftOrUnknown.status()).toBe(404);

    expect(await storedCityOrder()).toEqual(original);
    expect(await rankingVersion()).toBe(version);
  });

  test("creates, patches and trashes a city; bad input gets 400 with every field's error", async ({ request }) => {
    const invalid = await request.post("/api/editor/cities", { data: { name: "", slug: "Bad Slug", country: "", summary: "", profile: "", focusAreas: [] } });
    expect(invalid.status()).toBe(400);
    const { error } = await invalid.json();
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["country", "name", "profile", "slug", "summary"]);

    const created = await request.post("/api/editor/cities", {
      data: { name: "Api Town", slug: "api-town", country: "Testland", summary: "Made by a script.", profile: "Script.", focusAreas: ["iot"] },
    });
    expect(created.status()).toBe(201);
    const city = await created.json();
    expect(city).toMatchObject({ slug: "api-town", rank: null, version: 1 });
    try {
      const drafts = await (await request.get("/api/editor/cities")).json();
      expect(drafts.cities.find((entry: { slug: string }) => entry.slug === "api-town")).toMatchObject({ status: "DRAFT", rank: null });
      expect((await (await request.get("/api/cities")).json()).cities.some((entry: { slug: string }) => entry.slug === "api-town")).toBe(false);

      const patched = await request.patch(`/api/editor/cities/${city.id}`, { data: { version: 1, summary: "Patched." } });
      expect(patched.status()).toBe(200);
      const stale = await request.patch(`/api/editor/cities/${city.id}`, { data: { version: 1, summary: "Lost update?" } });
      expect(stale.status()).toBe(409);
      expect((await queryTestDatabase<{ summary: string }>(`SELECT summary FROM "City" WHERE id = $1`, [city.id]))[0]!.summary).toBe("Patched.");

      expect((await request.patch(`/api/editor/cities/${city.id}`, { headers: { "content-type": "application/json" }, data: "{ not json" })).status()).toBe(
        400,
      );
      expect((await request.patch(`/api/editor/cities/${city.id}`, { headers: { "content-type": "text/plain" }, data: "version=2" })).status()).toBe(400);
      expect(
        (await request.patch(`/api/editor/cities/${city.id}`, { headers: { origin: "https://evil.example" }, data: { version: 2, summary: "x" } })).status(),
      ).toBe(403);

      const trashed = await request.delete(`/api/editor/cities/${city.id}`, { data: { version: 2 } });
      expect(trashed.status()).toBe(200);
      expect((await queryTestDatabase<{ deletedAt: Date | null }>(`SELECT "deletedAt" FROM "City" WHERE id = $1`, [city.id]))[0]!.deletedAt).not.toBeNull();
    } finally {
      await queryTestDatabase(`DELETE FROM "City" WHERE slug = 'api-town'`);
    }
  });

  test("a script still writing to the addresses from before /api/editor gets 405 or 404 and changes nothing", async ({ request }) => {
    const [city] = await queryTestDatabase<{ id: number; version: number }>(`SELECT id, version FROM "City" WHERE rank = 1`);
    const [entry] = await queryTestDatabase<{ id: number; version: number }>(`SELECT id, version FROM "FaqEntry" WHERE position = 1`);
    const before = await testDatabaseDigest();
    const oldWrites: Array<[string, Promise<APIResponse>, number]> = [
      [
        "POST /api/cities",
        request.post("/api/cities", { data: { name: "Old Town", slug: "old-town", country: "X", summary: "X", profile: "X", focusAreas: [] } }),
        405,
      ],
      ["PATCH /api/cities/<id>", request.patch(`/api/cities/${city!.id}`, { data: { version: city!.version, summary: "Through the old address." } }), 405],
      ["DELETE /api/cities/<id>", request.delete(`/api/cities/${city!.id}`, { data: { version: city!.version } }), 405],
      ["PUT /api/cities/order", request.put("/api/cities/order", { data: { ids: await storedCityOrder(), version: await rankingVersion() } }), 405],
      ["POST /api/faq", request.post("/api/faq", { data: { question: "Old?", answer: "Old." } }), 405],
      ["PATCH /api/faq/<id>", request.patch(`/api/faq/${entry!.id}`, { data: { version: entry!.version, answer: "Through the old address." } }), 404],
      ["DELETE /api/faq/<id>", request.delete(`/api/faq/${entry!.id}`, { data: { version: entry!.version } }), 404],
      ["PUT /api/faq/order", request.put("/api/faq/order", { data: { ids: await storedFaqOrder(), version: await faqVersion() } }), 404],
    ];
    for (const [what, response, status] of oldWrites) expect((await response).status(), what).toBe(status);
    expect(changedTables(before, await testDatabaseDigest())).toEqual([]);
    // The old read of drafts is now the public list: published cities only.
    const publicList = await (await request.get("/api/cities?include=drafts")).json();
    expect(publicList.cities.every((listed: { status?: string }) => listed.status === undefined)).toBe(true);
  });

  test("a city may be called “order”: its page and its public JSON answer like any other's", async ({ page, request }) => {
    const created = await request.post("/api/editor/cities", {
      data: {
        name: "Order Bay",
        slug: "order",
        country: "Testland",
        summary: "Named like the old reorder address.",
        profile: "A city called order.",
        focusAreas: ["iot"],
        status: "PUBLISHED",
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const city = await created.json();
    try {
      const json = await request.get("/api/cities/order");
      expect(json.status()).toBe(200);
      expect((await json.json()).city).toMatchObject({ slug: "order", name: "Order Bay", rank: city.rank });
      await page.goto("/cities/order");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Order Bay");
    } finally {
      expect((await request.delete(`/api/editor/cities/${city.id}`, { data: { version: city.version } })).status()).toBe(200);
      await queryTestDatabase(`DELETE FROM "City" WHERE slug = 'order'`);
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
      request.put("/api/editor/cities/order", { data: { ids: [...before].reverse(), version } }),
      request.post("/api/editor/cities", { data: { name: "X", slug: "x", country: "X", summary: "X", profile: "X", focusAreas: [] } }),
      request.patch(`/api/editor/cities/${firstId}`, { data: { version: 1, summary: "x" } }),
      request.delete(`/api/editor/cities/${firstId}`, { data: { version: 1 } }),
      request.post(`/api/editor/cities/${firstId}/move`, { data: { to: 2, listVersion: version } }),
      request.post(`/api/editor/faq/1/move`, { data: { to: 2, listVersion: 1 } }),
      request.put("/api/editor/faq/order", { data: { ids: [], version: 1 } }),
      request.post("/api/editor/faq", { data: { question: "Q?", answer: "A." } }),
      request.get("/api/editor/cities"),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status(), response.url()).toBe(401);
    expect(await storedCityOrder()).toEqual(before);
    expect(await rankingVersion()).toBe(version);
  });
});
