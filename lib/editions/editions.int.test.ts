import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import type { Actor } from "../audit";
import { cityBySlug, publishedCityNames, rankingVersion, seededDatabaseWithEditor } from "../../test/content-fixtures";
import { addPublishedCities } from "../../test/large-ranking";
import { createCity, deleteCityForever, moveCity, restoreCity, trashCity, updateCity } from "../cities/mutations";
import { createCitySchema } from "../cities/schema";
import { publishedCitiesAfter, publishedCity, publishedCityCount, publishedRankingAnswer, publishedSlugRenamedFrom } from "../cities/queries";
import { publishedFaq } from "../faq/queries";
import { updatePageText } from "../listing/mutations";
import { publishedListing, publishedRankingOverview } from "../listing/queries";
import { theListing } from "../listing/the-listing";
import { fieldsOf } from "../content-fields";
import { pageTextSchema } from "../listing/schema";
import { publishEdition, startNextEdition } from "./mutations";
import { cancelSchedule, schedulePublication } from "../scheduling/mutations";
import { publishDueSchedules } from "../scheduling/run";
import { archivedEditionEntries, earlierRanksOf, editionRankingAnswer, editionsAnswer, movementsSince, previousEditionYear } from "./queries";

let editor: Actor;
let admin: Actor;
beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
  const user = await db.user.create({ data: { email: "admin@example.test", name: "Admin", passwordHash: "not-used", role: "ADMIN" } });
  admin = { id: user.id, email: user.email };
});

const must = <T>(result: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!result.ok) throw new Error(result.message);
  return result.value;
};
const workingYear = async () => (await db.listing.findUniqueOrThrow({ where: theListing })).year;
const movementOfCity = async (since: number, slug: string) => {
  const city = await cityBySlug(slug);
  return (await movementsSince(since, [city])).get(city.id);
};
/** Everything a reader gets: the list, a city's page, the FAQ, the page text and the overview. */
const whatReadersSee = async () => {
  const { cities, total } = (await publishedRankingAnswer(1))!;
  const { entries } = await publishedFaq();
  const overview = await publishedRankingOverview();
  return { cities, total, seoul: await publishedCity("seoul"), faq: entries, pageText: await publishedListing(), lastUpdated: overview.lastUpdated };
};

// One story in order, as editors live it: the article's 2024 edition stays public while 2025 is
// prepared, 2025 is published, and 2026 brings a city back.
describe("editions", () => {
  let readersBefore: Awaited<ReturnType<typeof whatReadersSee>>;

  it("starts the next edition while readers keep seeing the current one, exactly", async () => {
    // A rename before the edition starts: its old address must keep redirecting while readers see the copy.
    const tokyo = await cityBySlug("tokyo");
    must(await updateCity({ id: tokyo.id, version: tokyo.version, slug: "tokyo-to" }, editor));
    readersBefore = await whatReadersSee();
    const published = await publishedCityNames();
    expect(must(await startNextEdition({ currentYear: 2024, nextYear: 2025 }, editor))).toEqual({ year: 2025, copiedCities: 15 });

    const edition = await db.edition.findUniqueOrThrow({ where: { year: 2024 } });
    expect(edition).toMatchObject({ status: "public", frozenByEmail: editor.email, archivedAt: null });
    expect((await archivedEditionEntries(2024, 1)).map((entry) => entry.name)).toEqual(published);
    expect(await workingYear()).toBe(2025);
    expect(await whatReadersSee()).toEqual(readersBefore);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "edition.start" }, include: { revision: true } });
    expect(event.summary).toBe("Started the 2025 edition; readers see 2024 (15 cities) until it is published");
    expect(event.revision?.fields).toMatchObject({ year: 2025 });
  });

  it("keeps every change to the next edition from readers until it is published", async () => {
    const fifth = await db.city.findFirstOrThrow({ where: { rank: 5 } });
    must(await moveCity({ id: fifth.id, to: 1, listVersion: await rankingVersion() }, editor));
    const seoul = await cityBySlug("seoul");
    must(await updateCity({ id: seoul.id, version: seoul.version, summary: "Seoul, as 2025 sees it.", slug: "seoul-2025" }, editor));
    must(
      await createCity(
        createCitySchema.parse({
          name: "Jakarta",
          slug: "jakarta",
          country: "Indonesia",
          summary: "New.",
          profile: "New.",
          focusAreas: "water",
          status: "PUBLISHED",
        }),
        editor,
      ),
    );
    const osaka = await cityBySlug("osaka");
    must(await trashCity({ id: osaka.id, version: osaka.version }, editor));
    const listing = await db.listing.findUniqueOrThrow({ where: theListing });
    must(await updatePageText({ ...fieldsOf(pageTextSchema, listing), intro: "The 2025 introduction." }, editor));

    const readersNow = await whatReadersSee();
    expect(readersNow).toEqual(readersBefore);
    expect(readersNow.seoul?.summary).not.toBe("Seoul, as 2025 sees it.");
    // The copy answers at the addresses it had: the rename is the next edition's; older renames still lead to it.
    expect(await publishedSlugRenamedFrom("seoul")).toBeNull();
    expect(await publishedSlugRenamedFrom("tokyo")).toBe("tokyo-to");
    expect(await publishedCity("jakarta")).toBeNull();
  });

  it("refuses a second start, and deleting for good a city readers still see", async () => {
    expect(await startNextEdition({ currentYear: 2024, nextYear: 2025 }, editor)).toMatchObject({
      ok: false,
      reason: "stale",
      message: expect.stringMatching(/editor@example\.test started the next edition already/),
    });
    expect(await startNextEdition({ currentYear: 2025, nextYear: 2026 }, editor)).toMatchObject({ ok: false, reason: "conflict" });
    const osaka = await cityBySlug("osaka");
    expect(await deleteCityForever({ id: osaka.id }, editor)).toMatchObject({
      ok: false,
      reason: "conflict",
      message: expect.stringMatching(/Readers still see Osaka/),
    });
    expect(await db.city.count({ where: { id: osaka.id } })).toBe(1);
  });

  it("keeps the year of the edition in preparation, which names it", async () => {
    const listing = await db.listing.findUniqueOrThrow({ where: theListing });
    for (const year of [2024, 2026]) {
      const result = await updatePageText({ ...fieldsOf(pageTextSchema, listing), year }, editor);
      expect(result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { year: [expect.stringMatching(/2025 edition is being prepared/)] } });
    }
    expect(await workingYear()).toBe(2025);
  });

  it("publishes the next edition once, even when two admins click at once", async () => {
    const versions = await db.listing.findUniqueOrThrow({ where: theListing, select: { rankingVersion: true, faqVersion: true } });
    const results = await Promise.all([publishEdition({ year: 2025 }, editor), publishEdition({ year: 2025 }, editor)]);
    expect(results.filter((result) => result.ok)).toEqual([{ ok: true, value: { year: 2025, archived: 2024 } }]);
    expect(results.find((result) => !result.ok)).toMatchObject({ reason: "stale" });
    expect(await db.edition.findUniqueOrThrow({ where: { year: 2024 } })).toMatchObject({ status: "archived", archivedByEmail: editor.email });

    const readers = await whatReadersSee();
    expect(readers.pageText).toMatchObject({ year: 2025, intro: "The 2025 introduction." });
    expect(readers.total).toBe(15);
    expect((await publishedCitiesAfter(0)).map((city) => city.name)).toEqual(await publishedCityNames());
    expect(await publishedSlugRenamedFrom("seoul")).toBe("seoul-2025");
    // Clients paging the API start again: both lists' versions moved.
    const after = await db.listing.findUniqueOrThrow({ where: theListing, select: { rankingVersion: true, faqVersion: true } });
    expect(after.rankingVersion).toBeGreaterThan(versions.rankingVersion);
    expect(after.faqVersion).toBeGreaterThan(versions.faqVersion);
    // Now that 2024 is archived, the year cannot go back to it.
    const listing = await db.listing.findUniqueOrThrow({ where: theListing });
    expect(await updatePageText({ ...fieldsOf(pageTextSchema, listing), year: 2024 }, editor)).toMatchObject({
      ok: false,
      fieldErrors: { year: [expect.stringMatching(/2024 edition is kept/)] },
    });
  });

  it("shows each city's move since the previous edition: up, down, same and new", async () => {
    expect(await previousEditionYear()).toBe(2024);
    const archived = await archivedEditionEntries(2024, 1);
    const fifth = archived[4]!.slug;
    expect(await movementOfCity(2024, fifth)).toEqual({ kind: "up", places: 4 });
    expect(await movementOfCity(2024, archived[0]!.slug)).toEqual({ kind: "down", places: 1 });
    expect(await movementOfCity(2024, "jakarta")).toEqual({ kind: "new" });
    // Below Osaka's old place (it is in the trash), the others moved up one; one city of each kind.
    const now = await db.city.findMany({ where: { rank: { not: null } }, select: { slug: true, rank: true } });
    const unchanged = now.find((city) => archived.some((entry) => entry.slug === city.slug && entry.rank === city.rank));
    expect(await movementOfCity(2024, unchanged!.slug)).toEqual({ kind: "same" });
  });

  it("tells a city that comes back after a missed edition from a new one, and keeps its ranks", async () => {
    must(await startNextEdition({ currentYear: 2025, nextYear: 2026 }, editor));
    const osaka = await cityBySlug("osaka");
    must(await restoreCity({ id: osaka.id }, editor));
    must(await publishEdition({ year: 2026 }, editor));
    expect(await movementOfCity(2025, "osaka")).toEqual({ kind: "back" });
    expect(await movementOfCity(2025, "jakarta")).not.toEqual({ kind: "new" });
    const osakaRank = archivedRankOf(await archivedEditionEntries(2024, 1), "osaka");
    expect(await earlierRanksOf(osaka.id, 2026)).toEqual([{ year: 2024, rank: osakaRank, slug: "osaka" }]);
    // Seoul's history follows it through its rename.
    expect((await earlierRanksOf((await cityBySlug("seoul-2025")).id, 2026)).map((entry) => [entry.year, entry.slug])).toEqual([
      [2024, "seoul"],
      [2025, "seoul-2025"],
    ]);
  });

  it("keeps an archived entry of a city deleted for good, without a link to it", async () => {
    const jakarta = await cityBySlug("jakarta");
    must(await trashCity({ id: jakarta.id, version: jakarta.version }, editor));
    must(await deleteCityForever({ id: jakarta.id }, editor));
    const entry = (await archivedEditionEntries(2025, 1)).find((archived) => archived.slug === "jakarta");
    expect(entry).toMatchObject({ name: "Jakarta", cityId: null, currentSlug: null });
  });

  it("answers the editions and an edition's ranking page by page, 100 a page", async () => {
    await addPublishedCities(db, 240);
    must(await startNextEdition({ currentYear: 2026, nextYear: 2027 }, editor));
    // While 2027 is prepared, readers' current edition is 2026 and its copy answers.
    expect((await editionsAnswer()).current).toMatchObject({ year: 2026, total: await publishedCityCount() });
    // The archive links each city to where readers find it today: in the copy while 2027 is prepared.
    const seoul = await cityBySlug("seoul-2025");
    must(await updateCity({ id: seoul.id, version: seoul.version, slug: "seoul-2027" }, editor));
    const seoulIn2025 = async () => (await archivedEditionEntries(2025, 1)).find((entry) => entry.cityId === seoul.id)?.currentSlug;
    expect(await seoulIn2025()).toBe("seoul-2025");
    // Published by its schedule, once, whichever run gets there; only an admin can call it off.
    const publishAt = new Date(Date.now() + 60_000);
    const { scheduleId } = must(await schedulePublication("edition", { id: 2027, publishAt }, admin));
    expect(await cancelSchedule({ scheduleId }, editor)).toMatchObject({ ok: false, reason: "forbidden" });
    const later = new Date(publishAt.getTime() + 1_000);
    expect((await Promise.all([publishDueSchedules(db, later), publishDueSchedules(db, later)])).reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await db.scheduledPublication.findFirstOrThrow({ where: { entityType: "edition", entityId: 2027 } })).toMatchObject({ state: "done" });
    expect(await schedulePublication("edition", { id: 2027, publishAt }, admin)).toMatchObject({ ok: false, reason: "conflict" });
    expect(await seoulIn2025()).toBe("seoul-2027");
    const editions = await editionsAnswer();
    expect(editions.current).toMatchObject({ year: 2027, ranking: "/api/cities" });
    expect(editions.archived.map((edition) => [edition.year, edition.ranking])).toEqual([
      [2026, "/api/editions/2026"],
      [2025, "/api/editions/2025"],
      [2024, "/api/editions/2024"],
    ]);
    const total = editions.archived[0]!.total;
    const first = await editionRankingAnswer(2026, 1);
    expect(first).toMatchObject({ year: 2026, total, next: "/api/editions/2026/page/2" });
    expect(first!.cities).toHaveLength(100);
    const last = await editionRankingAnswer(2026, 3);
    expect(last!.cities.map((city) => city.rank)).toEqual(Array.from({ length: total - 200 }, (_, index) => 201 + index));
    expect(last!.next).toBeNull();
    expect(last!.cities.at(-1)!.movement).toEqual({ kind: "new" });
    expect(await editionRankingAnswer(2026, 4)).toBeNull();
    expect(await editionRankingAnswer(2023, 1)).toBeNull();
  });
});

function archivedRankOf(entries: Array<{ slug: string; rank: number }>, slug: string): number {
  return entries.find((entry) => entry.slug === slug)!.rank;
}
