import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import type { Actor } from "../audit";
import { cityBySlug, publishedCityNames, rankingVersion, seededDatabaseWithEditor, storedRanks } from "../../test/content-fixtures";
import { databaseDigest } from "../../test/database-digest";
import { untilAStatementWaitsOnALock } from "../../test/lock-waits";
import { createCity, moveCity, restoreCity, trashCity, updateCity } from "../cities/mutations";
import { publishedRankingAnswer } from "../cities/queries";
import { startNextEdition } from "../editions/mutations";
import { rankingCsv } from "./csv";
import { CHANGED_SINCE_PREVIEW, importRankingCsv, type RankingImportAnswer } from "./ranking-import";
import type { Result } from "../result";

let editor: Actor;
beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
});

const digest = () => databaseDigest((sql) => db.$queryRawUnsafe(sql));
const must = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.value;
};
const problemsOf = (result: Result<RankingImportAnswer>) => {
  expect(result.ok).toBe(false);
  return result.ok ? [] : (result.fieldErrors?.file ?? []);
};

/** The exported CSV's lines (header first) without the byte order mark and the last line break. */
const exportedLines = async () => (await rankingCsv(db)).slice(1).trimEnd().split("\r\n");
const csvOf = (lines: string[]) => `${lines.join("\r\n")}\r\n`;
/** Lines in a new order, renumbered 1..N as a spreadsheet user would. */
const ranked = (rows: string[]) => rows.map((row, index) => row.replace(/^\d+,/, `${index + 1},`));

describe("importing the ranking from a CSV", () => {
  it("finds nothing to change in the ranking's own export, formula-like cells included", async () => {
    const singapore = await cityBySlug("singapore");
    must(await updateCity({ id: singapore.id, version: singapore.version, summary: "=1+1, said no spreadsheet." }, editor));
    const csv = await rankingCsv(db);
    expect(csv).toContain(`"'=1+1, said no spreadsheet."`);
    const answer = must(await importRankingCsv({ file: csv }, editor));
    expect(answer.cities).toMatchObject({ cities: 15, unchanged: 15, moved: { count: 0 }, added: { count: 0 }, dropped: { count: 0 }, edited: { count: 0 } });
    expect(answer.target).toEqual({ workingYear: 2024, readersSee: null, startsEdition: false });
  });

  it("previews moves, new cities, drafts joining, dropped cities and edits without writing, then applies exactly that", async () => {
    // A renamed city is found by its old address; a draft joins the ranking when listed.
    const tokyo = await cityBySlug("tokyo");
    must(await updateCity({ id: tokyo.id, version: tokyo.version, slug: "tokyo-metropolis" }, editor));
    must(
      await createCity(
        { name: "Hanoi", slug: "hanoi", country: "Vietnam", summary: "A capital going digital.", profile: "Hanoi's profile.", focusAreas: [], status: "DRAFT" },
        editor,
      ),
    );
    const [header, ...rows] = await exportedLines();
    const tokyoRow = rows.find((row) => row.endsWith(",tokyo-metropolis"))!.replace(/tokyo-metropolis$/, "tokyo");
    const seoulRow = rows.find((row) => row.endsWith(",seoul"))!.replace("Seoul,South Korea,", "Seoul,Republic of Korea,");
    const dropped = rows.at(-1)!;
    const others = rows.filter((row) => ![tokyoRow.replace(/tokyo$/, "tokyo-metropolis"), rows.find((r) => r.endsWith(",seoul")), dropped].includes(row));
    const csv = csvOf([
      header!,
      ...ranked([
        "0,Hanoi,Vietnam,A capital going digital.,hanoi",
        tokyoRow,
        '0,Da Nang,Vietnam,"Beaches, sensors and a smart-city plan.",',
        seoulRow,
        ...others,
      ]),
    ]);
    const before = await digest();
    const preview = must(await importRankingCsv({ file: csv }, editor));
    expect(await digest()).toEqual(before);

    const { cities } = preview;
    expect(cities.cities).toBe(16);
    expect(cities.added.items).toEqual([
      { name: "Hanoi", slug: "hanoi", rank: 1, isNewCity: false },
      { name: "Da Nang", slug: "da-nang", rank: 3, isNewCity: true },
    ]);
    expect(cities.dropped.items).toEqual([{ name: dropped.split(",")[1], slug: dropped.split(",").at(-1), rank: 15 }]);
    expect(cities.edited.items).toEqual([{ name: "Seoul", slug: "seoul", fields: ["country"] }]);
    expect(cities.moved.items).toContainEqual({ name: "Tokyo", slug: "tokyo-metropolis", from: tokyo.rank, to: 2 });
    // Every city of the file is counted once: an edited city that also moved is listed under both.
    const editedInPlace = cities.edited.items.filter((city) => !cities.moved.items.some((moved) => moved.slug === city.slug));
    expect(cities.moved.count + cities.unchanged + cities.added.count + editedInPlace.length).toBe(16);

    const listVersion = await rankingVersion();
    const applied = must(await importRankingCsv({ file: csv, confirm: preview.confirm }, editor));
    expect(applied.applied).toBe(true);
    expect(await rankingVersion()).toBe(listVersion + 1);
    expect(await storedRanks()).toEqual(Array.from({ length: 16 }, (_, index) => index + 1));
    const names = await publishedCityNames();
    expect(names.slice(0, 4)).toEqual(["Hanoi", "Tokyo", "Da Nang", "Seoul"]);
    expect(names).not.toContain(dropped.split(",")[1]);

    // The dropped city is a draft that remembers its place; the renamed one kept its new address.
    const droppedCity = await cityBySlug(dropped.split(",").at(-1)!);
    expect(droppedCity).toMatchObject({ status: "DRAFT", rank: null, plannedRank: 15 });
    expect((await cityBySlug("tokyo-metropolis")).rank).toBe(2);
    const daNang = await cityBySlug("da-nang");
    expect(daNang).toMatchObject({
      status: "PUBLISHED",
      summary: "Beaches, sensors and a smart-city plan.",
      profile: "Beaches, sensors and a smart-city plan.",
    });
    expect((await cityBySlug("seoul")).country).toBe("Republic of Korea");

    // Each edit and new city has its audit event and revision, as a save by hand has; the import its own event.
    const seoul = await cityBySlug("seoul");
    const seoulRevision = await db.revision.findFirstOrThrow({ where: { entityType: "city", entityId: seoul.id }, orderBy: { number: "desc" } });
    expect(seoulRevision.fields).toMatchObject({ country: "Republic of Korea" });
    expect(seoulRevision.summary).toBe("Edited Seoul (country) by importing a CSV");
    // …and the activity log's entry for that edit links to it.
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: seoulRevision.auditEventId! } })).toMatchObject({
      action: "city.update",
      entityId: String(seoul.id),
      summary: "Edited Seoul (country) by importing a CSV",
    });
    expect(await db.revision.count({ where: { entityType: "city", entityId: daNang.id } })).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "ranking.import" } });
    expect(event.summary).toBe("Imported the ranking from a CSV: " + `${cities.moved.count} moved, 2 new, 1 dropped, 1 edited`);

    // The same file again changes nothing.
    expect(must(await importRankingCsv({ file: csv }, editor)).cities).toMatchObject({ unchanged: 16, moved: { count: 0 }, dropped: { count: 0 } });
  });

  it("refuses to apply a preview when the ranking or one of its cities changed since, and changes nothing", async () => {
    const [header, ...rows] = await exportedLines();
    const csv = csvOf([header!, ...ranked([rows[1]!, rows[0]!, ...rows.slice(2)])]);
    const preview = must(await importRankingCsv({ file: csv }, editor));

    const last = await db.city.findFirstOrThrow({ where: { rank: rows.length } });
    must(await moveCity({ id: last.id, to: rows.length - 1, listVersion: await rankingVersion() }, editor));
    let before = await digest();
    const afterMove = await importRankingCsv({ file: csv, confirm: preview.confirm }, editor);
    expect(afterMove).toMatchObject({ ok: false, reason: "stale", message: CHANGED_SINCE_PREVIEW });
    expect(await digest()).toEqual(before);

    // A text edit does not change the ranking's version, but it changes the city's.
    const fresh = must(await importRankingCsv({ file: csv }, editor));
    const second = await db.city.findFirstOrThrow({ where: { rank: 2 } });
    must(await updateCity({ id: second.id, version: second.version, summary: "Edited after the preview." }, editor));
    before = await digest();
    expect(await importRankingCsv({ file: csv, confirm: fresh.confirm }, editor)).toMatchObject({ ok: false, reason: "stale" });
    expect(await digest()).toEqual(before);

    // A city the file names went to the trash meanwhile: the file was fine when checked, so this is a
    // conflict (409) naming what changed, not a bad file (400).
    const third = must(await importRankingCsv({ file: csv }, editor));
    const trashed = await db.city.findFirstOrThrow({ where: { rank: 3 } });
    must(await trashCity({ id: trashed.id, version: trashed.version }, editor));
    before = await digest();
    const afterTrash = await importRankingCsv({ file: csv, confirm: third.confirm }, editor);
    expect(afterTrash).toMatchObject({ ok: false, reason: "stale" });
    expect(problemsOf(afterTrash)).toEqual([
      `Line 4: ${trashed.name} (“${trashed.slug}”) is in the trash: restore it first, or give this city another address.`,
    ]);
    expect(await digest()).toEqual(before);
    must(await restoreCity({ id: trashed.id }, editor));
  });

  it("answers a conflict, not an error, when a new city's address is taken by another editor while the import applies", async () => {
    const [header, ...rows] = await exportedLines();
    const csv = csvOf([header!, ...rows, `${rows.length + 1},Newtown,Nowhere,A town that does not exist yet.,newtown`]);
    const preview = must(await importRankingCsv({ file: csv }, editor));
    // Another editor's transaction holds the address, not yet committed: the import's insert waits on it.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(
        `INSERT INTO "City" (slug, name, country, summary, profile, "updatedAt") VALUES ('newtown', 'Newtown', 'Nowhere', 'Theirs.', 'Theirs.', now())`,
      );
      const applying = importRankingCsv({ file: csv, confirm: preview.confirm }, editor);
      await untilAStatementWaitsOnALock();
      await other.query("COMMIT");
      expect(await applying).toMatchObject({ ok: false, reason: "stale", message: CHANGED_SINCE_PREVIEW });
      expect(await cityBySlug("newtown")).toMatchObject({ name: "Newtown", summary: "Theirs.", rank: null });
    } finally {
      await other.query(`DELETE FROM "City" WHERE slug = 'newtown'`);
      await other.end();
    }
  });

  it("refuses a bad file as a whole, naming every problem by line, and changes nothing", async () => {
    const [header, ...rows] = await exportedLines();
    const trashed = await db.city.findFirstOrThrow({ where: { rank: 3 } });
    must(await trashCity({ id: trashed.id, version: trashed.version }, editor));
    const before = await digest();
    const bad = csvOf([
      header!,
      "1,Singapore,Singapore,A city-state.,singapore",
      "1,Seoul,South Korea,,seoul",
      `3,${trashed.name},${trashed.country},Back from the trash?,${trashed.slug}`,
      "x,Tokyo,Japan,Capital.,tokyo-metropolis",
      "9,Taipei,Taiwan,Far beyond the end.,taipei",
    ]);
    expect(problemsOf(await importRankingCsv({ file: bad }, editor))).toEqual([
      "Line 3, summary: Enter a summary for the list.",
      "Line 3, rank: Rank 1 is already on line 2.",
      "Line 5, rank: Enter the rank as a whole number, like 3.",
      "Line 6, rank: Rank 9 is beyond the 5 cities in the file: they hold 1 to 5.",
    ]);
    const second = csvOf([header!, "1,Singapore,Singapore,A city-state.,singapore", "1,Seoul,South Korea,Capital.,seoul", "5,Taipei,Taiwan,Far.,taipei"]);
    expect(problemsOf(await importRankingCsv({ file: second }, editor))).toEqual([
      "Line 3, rank: Rank 1 is already on line 2.",
      "Line 4, rank: Rank 5 is beyond the 3 cities in the file: they hold 1 to 3.",
    ]);
    const third = csvOf([
      header!,
      `1,${trashed.name},${trashed.country},Back?,${trashed.slug}`,
      "2,Singapore,Singapore,Twice.,singapore",
      "3,Singapore,Singapore,Twice.,singapore",
    ]);
    expect(problemsOf(await importRankingCsv({ file: third }, editor))).toEqual([
      `Line 2: ${trashed.name} (“${trashed.slug}”) is in the trash: restore it first, or give this city another address.`,
      "Line 4: This is Singapore (“singapore”) again: it is already on line 3.",
    ]);
    expect(problemsOf(await importRankingCsv({ file: "rank,name,country\r\n1,Seoul,South Korea\r\n" }, editor))).toEqual([
      "Line 1: The first line names the columns; summary is missing.",
    ]);
    expect(problemsOf(await importRankingCsv({ file: `${header}\r\n1,"Seoul,South Korea,Capital.,seoul\r\n` }, editor))).toEqual([
      'Line 2: A quoted value is never closed: a closing double quote (") is missing.',
    ]);
    expect(problemsOf(await importRankingCsv({ file: `${header}\r\n1,Seoul,South "Korea",Capital.,seoul\r\n` }, editor))).toEqual([
      'Line 2: A quote can only open a value: quote the whole value, and double each quote inside it ("").',
    ]);
    // A row without a slug is a new city (or the city of that very name), never another whose address its name makes.
    expect(problemsOf(await importRankingCsv({ file: csvOf([header!, "1,Séoul,South Korea,Another city.,"]) }, editor))).toEqual([
      "Line 2: The address made from this name, “seoul”, is Seoul’s: enter its slug to update Seoul, or another slug for a new city.",
    ]);
    expect(rows.length).toBeGreaterThan(3);
    expect(await digest()).toEqual(before);
  });

  it("changes the edition in preparation only: readers see nothing of it until that edition is published", async () => {
    // A preview made while readers saw the live ranking does not apply to the edition started after it.
    const [firstHeader, ...firstRows] = await exportedLines();
    const beforeStart = csvOf([firstHeader!, ...ranked([...firstRows].reverse())]);
    const earlier = must(await importRankingCsv({ file: beforeStart }, editor));
    expect(earlier.target).toEqual({ workingYear: 2024, readersSee: null, startsEdition: false });
    must(await startNextEdition({ currentYear: 2024, nextYear: 2025 }, editor));
    expect(await importRankingCsv({ file: beforeStart, confirm: earlier.confirm }, editor)).toMatchObject({ ok: false, reason: "stale" });

    // What readers get, apart from the version, which tells API clients to start paging again.
    const readersSee = async () => {
      const { cities, total } = (await publishedRankingAnswer(1))!;
      return { cities, total };
    };
    const readersBefore = await readersSee();
    const [header, ...rows] = await exportedLines();
    const csv = csvOf([header!, ...ranked([...rows].reverse())]);
    const preview = must(await importRankingCsv({ file: csv }, editor));
    expect(preview.target).toEqual({ workingYear: 2025, readersSee: 2024, startsEdition: false });
    must(await importRankingCsv({ file: csv, confirm: preview.confirm }, editor));
    expect(await readersSee()).toEqual(readersBefore);
    expect((await publishedCityNames())[0]).toBe(rows.at(-1)!.split(",")[1]);
  });
});
