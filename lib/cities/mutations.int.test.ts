import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import type { Actor } from "../audit";
import { cityBySlug, publishedCityNames, rankingVersion, seededDatabaseWithEditor, storedRanks } from "../../test/content-fixtures";
import { createCity, deleteCityForever, moveCity, reorderCities, restoreCity, trashCity, updateCity } from "./mutations";
import { createCitySchema } from "./schema";

let editor: Actor;
beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
});

const contiguous = (ranks: number[]) => ranks.every((rank, index) => rank === index + 1);
const newCity = (overrides: Record<string, unknown> = {}) =>
  createCitySchema.parse({
    name: "Jakarta",
    slug: "jakarta",
    country: "Indonesia",
    summary: "Jakarta invests in smart mobility.",
    profile: "Jakarta profile.",
    focusAreas: "transport, iot",
    ...overrides,
  });

describe("moving a city", () => {
  it("moves Seoul to rank 1 and shifts the others down, bumping the list version", async () => {
    const version = await rankingVersion();
    const seoul = await cityBySlug("seoul");
    const result = await moveCity({ id: seoul.id, to: 1, listVersion: version }, editor);
    expect(result).toEqual({ ok: true, value: { listVersion: version + 1, rank: 1 } });
    expect((await publishedCityNames()).slice(0, 4)).toEqual(["Seoul", "Singapore", "Hong Kong", "Shenzhen"]);
    expect(contiguous(await storedRanks())).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "city.move" }, orderBy: { id: "desc" } });
    expect(audit.summary).toBe("Moved Seoul from rank 3 to 1");
    expect(audit.userEmail).toBe(editor.email);
  });

  it("refuses a move based on an old list version and changes nothing", async () => {
    const before = await publishedCityNames();
    const version = await rankingVersion();
    const tokyo = await cityBySlug("tokyo");
    const result = await moveCity({ id: tokyo.id, to: 1, listVersion: version - 1 }, editor);
    expect(result).toMatchObject({ ok: false, reason: "stale", currentVersion: version });
    expect(result.ok || result.message).toMatch(/Someone else changed the ranking/);
    expect(await publishedCityNames()).toEqual(before);
    expect(await rankingVersion()).toBe(version);
  });

  it("clamps a rank beyond the end to the last place", async () => {
    const singapore = await cityBySlug("singapore");
    const result = await moveCity({ id: singapore.id, to: 500, listVersion: await rankingVersion() }, editor);
    expect(result).toMatchObject({ ok: true, value: { rank: 15 } });
    expect((await publishedCityNames()).at(-1)).toBe("Singapore");
  });
});

describe("reordering the whole ranking", () => {
  it("applies a complete new order in one go", async () => {
    const cities = await db.city.findMany({ where: { rank: { not: null } }, orderBy: { rank: "asc" }, select: { id: true, name: true } });
    const reversed = cities.map((city) => city.id).reverse();
    const version = await rankingVersion();
    const result = await reorderCities({ ids: reversed, version }, editor);
    expect(result).toEqual({ ok: true, value: { version: version + 1 } });
    expect(await publishedCityNames()).toEqual(cities.map((city) => city.name).reverse());
  });

  it("refuses an order with duplicates or missing ids, naming them, and changes nothing", async () => {
    const before = await publishedCityNames();
    const ids = (await db.city.findMany({ where: { rank: { not: null } }, orderBy: { rank: "asc" }, select: { id: true } })).map((city) => city.id);
    const version = await rankingVersion();
    const duplicated = await reorderCities({ ids: [ids[0]!, ...ids.slice(0, -1)], version }, editor);
    expect(duplicated).toMatchObject({ ok: false, reason: "invalid" });
    expect(duplicated.ok || duplicated.message).toMatch(/more than once/);
    const missing = await reorderCities({ ids: ids.slice(1), version }, editor);
    expect(missing.ok || missing.message).toMatch(/missing/);
    expect(await publishedCityNames()).toEqual(before);
    expect(await rankingVersion()).toBe(version);
  });
});

describe("creating, publishing and editing", () => {
  it("creates a draft with no rank; publishing puts it where the editor planned", async () => {
    const created = await createCity(newCity({ plannedRank: 3 }), editor);
    expect(created).toMatchObject({ ok: true, value: { rank: null } });
    expect(await publishedCityNames()).not.toContain("Jakarta");
    const draft = await cityBySlug("jakarta");
    const published = await updateCity({ id: draft.id, version: draft.version, status: "PUBLISHED" }, editor);
    expect(published).toMatchObject({ ok: true, value: { rank: 3 } });
    expect((await publishedCityNames())[2]).toBe("Jakarta");
    expect(await storedRanks()).toHaveLength(16);
    expect(contiguous(await storedRanks())).toBe(true);
  });

  it("unpublishing closes the gap and remembers the rank for the next publish", async () => {
    const jakarta = await cityBySlug("jakarta");
    const result = await updateCity({ id: jakarta.id, version: jakarta.version, status: "DRAFT" }, editor);
    expect(result).toMatchObject({ ok: true, value: { rank: null } });
    expect(await storedRanks()).toHaveLength(15);
    expect(contiguous(await storedRanks())).toBe(true);
    expect((await cityBySlug("jakarta")).plannedRank).toBe(3);
  });

  it("a rank sent together with publish decides where the city lands; one sent with unpublish is kept", async () => {
    const created = await createCity(newCity({ name: "Hanoi", slug: "hanoi" }), editor);
    if (!created.ok) throw new Error(created.message);
    const published = await updateCity({ id: created.value.id, version: created.value.version, status: "PUBLISHED", plannedRank: 2 }, editor);
    expect(published).toMatchObject({ ok: true, value: { rank: 2 } });
    expect((await publishedCityNames())[1]).toBe("Hanoi");
    const draft = await updateCity({ id: created.value.id, version: created.value.version + 1, status: "DRAFT", plannedRank: 7 }, editor);
    expect(draft).toMatchObject({ ok: true, value: { rank: null } });
    expect((await cityBySlug("hanoi")).plannedRank).toBe(7);
    expect(contiguous(await storedRanks())).toBe(true);
  });

  it("refuses an edit based on an old version, says who saved in between, and keeps the newer text", async () => {
    const city = await cityBySlug("osaka");
    const first = await updateCity({ id: city.id, version: city.version, summary: "First editor's summary." }, editor);
    expect(first.ok).toBe(true);
    const second = await updateCity({ id: city.id, version: city.version, summary: "Second editor's summary." }, editor);
    expect(second).toMatchObject({ ok: false, reason: "stale", currentVersion: city.version + 1 });
    expect(second.ok || second.message).toContain(editor.email);
    expect((await cityBySlug("osaka")).summary).toBe("First editor's summary.");
  });

  it("refuses a slug another city uses, with the error on the slug field", async () => {
    const city = await cityBySlug("busan");
    const result = await updateCity({ id: city.id, version: city.version, slug: "seoul" }, editor);
    expect(result).toMatchObject({ ok: false, reason: "conflict", fieldErrors: { slug: [expect.stringMatching(/already uses/)] } });
    expect((await cityBySlug("busan")).version).toBe(city.version);
  });

  it("renaming a slug keeps the old address as a redirect", async () => {
    const city = await cityBySlug("taipei");
    const result = await updateCity({ id: city.id, version: city.version, slug: "taipei-city" }, editor);
    expect(result).toMatchObject({ ok: true, value: { slug: "taipei-city", previousSlug: "taipei" } });
    expect(await db.slugRedirect.findUnique({ where: { fromSlug: "taipei" } })).toMatchObject({ cityId: city.id });
  });
});

describe("trash", () => {
  it("trashing closes the gap; restoring brings the city back to its rank", async () => {
    const city = await cityBySlug("beijing");
    const rank = city.rank!;
    const names = await publishedCityNames();
    const trashed = await trashCity({ id: city.id, version: city.version }, editor);
    expect(trashed.ok).toBe(true);
    expect(await publishedCityNames()).toEqual(names.filter((name) => name !== "Beijing"));
    expect(contiguous(await storedRanks())).toBe(true);
    const restored = await restoreCity({ id: city.id }, editor);
    expect(restored).toMatchObject({ ok: true, value: { rank } });
    expect(await publishedCityNames()).toEqual(names);
  });

  it("deletes for good only from the trash", async () => {
    const created = await createCity(newCity({ name: "Manila", slug: "manila" }), editor);
    if (!created.ok) throw new Error(created.message);
    expect(await deleteCityForever({ id: created.value.id }, editor)).toMatchObject({ ok: false, reason: "not-found" });
    await trashCity({ id: created.value.id, version: created.value.version }, editor);
    expect(await deleteCityForever({ id: created.value.id }, editor)).toMatchObject({ ok: true });
    expect(await db.city.findUnique({ where: { slug: "manila" } })).toBeNull();
  });
});

describe("the database itself", () => {
  it("refuses a duplicate rank or a gap even from hand-written SQL", async () => {
    await expect(db.$executeRaw`UPDATE "City" SET rank = 1 WHERE rank = 2`).rejects.toThrow();
    await expect(db.$executeRaw`UPDATE "City" SET rank = 99 WHERE rank = 15`).rejects.toThrow(/contiguous/);
    expect(contiguous(await storedRanks())).toBe(true);
  });
});
