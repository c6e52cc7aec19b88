import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, createDatabaseClient, type Database } from "../db";
import type { Actor } from "../audit";
import { applyMigrations } from "../database/migrations";
import { cityBySlug, seededDatabaseWithEditor } from "../../test/content-fixtures";
import { createTestDatabase, type TestDatabase } from "../../test/databases";
import { databaseDigest } from "../../test/database-digest";
import { createCity, trashCity, updateCity } from "../cities/mutations";
import { createCitySchema } from "../cities/schema";
import { createFaqEntry } from "../faq/mutations";
import { startNextEdition } from "../editions/mutations";
import { contentFileText, exportContent } from "./export";
import { checkContentFile, importContent, type ContentProblem } from "./import";
import type { ContentFile } from "./format";

let editor: Actor;
const fresh: Array<{ database: TestDatabase; client: Database }> = [];

/** A new, migrated, empty database and a client of it. */
async function emptyDatabase() {
  const database = await createTestDatabase("import");
  await applyMigrations(database.url);
  const client = createDatabaseClient(database.url);
  fresh.push({ database, client });
  return client;
}
const digestOf = (client: Database) => databaseDigest((sql) => client.$queryRawUnsafe(sql));
const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');
const ok = <T>(result: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
  // Content beyond the article: a renamed city (a redirect), edits (revisions), a draft, a trashed city, a draft FAQ entry.
  const tokyo = await cityBySlug("tokyo");
  ok(await updateCity({ id: tokyo.id, version: tokyo.version, slug: "tokyo-metropolis", summary: "Tokyo, rewritten." }, editor));
  const draft = ok(
    await createCity(
      createCitySchema.parse({
        name: "Jakarta",
        slug: "jakarta",
        country: "Indonesia",
        summary: "A draft.",
        profile: "Draft **profile**.",
        focusAreas: "water",
      }),
      editor,
    ),
  );
  ok(await updateCity({ id: draft.id, version: draft.version, plannedRank: 3 }, editor));
  const osaka = await cityBySlug("osaka");
  ok(await trashCity({ id: osaka.id, version: osaka.version }, editor));
  ok(await createFaqEntry({ question: "Is there a 2025 edition?", answer: "Not yet.", status: "DRAFT" }, editor));
  // An archived edition: the 2024 ranking as it stood, the listing now 2025.
  ok(await startNextEdition({ currentYear: 2024, nextYear: 2025 }, editor));
});

afterAll(async () => {
  for (const { database, client } of fresh) {
    await client.$disconnect();
    await database.drop();
  }
});

describe("exporting and importing the whole content", () => {
  it("keeps everything through a round trip: export, import into a fresh database, export again gives the same file", async () => {
    const first = contentFileText(await exportContent(db));
    const file = checkContentFile(first);
    expect(file.ok).toBe(true);
    const target = await emptyDatabase();
    expect(ok(await importContent(target, (file as { file: ContentFile }).file))).toMatchObject({ cities: 16, faq: 7 });
    const second = contentFileText(await exportContent(target));
    expect(withoutTime(second)).toBe(withoutTime(first));

    const parsed = JSON.parse(first) as ContentFile;
    expect(parsed.redirects).toContainEqual({ from: "tokyo", cityId: (await cityBySlug("tokyo-metropolis")).id });
    expect(parsed.cities.find((city) => city.slug === "osaka")).toMatchObject({ rank: null, status: "PUBLISHED", deletedAt: expect.any(String) });
    expect(parsed.revisions.filter((revision) => revision.entityType === "city" && revision.summary.startsWith("Edited Tokyo"))).toHaveLength(1);
    expect(parsed.editions.map((edition) => [edition.year, edition.entries.length])).toEqual([[2024, 14]]);
    expect(parsed.editions[0]!.entries[0]).toMatchObject({ rank: 1, cityId: expect.any(Number), slug: expect.any(String) });
  });

  it("still reads a version 1 file, which has no editions", async () => {
    const file = JSON.parse(contentFileText(await exportContent(db))) as Record<string, unknown>;
    delete file.editions;
    file.version = 1;
    const checked = checkContentFile(JSON.stringify(file));
    expect(checked.ok).toBe(true);
    const target = await emptyDatabase();
    expect(ok(await importContent(target, (checked as { file: ContentFile }).file))).toMatchObject({ editions: 0 });
    expect(await target.edition.count()).toBe(0);
  });

  it("leaves an imported database ready for editors: new records get new ids, a save the next revision number", async () => {
    const target = await emptyDatabase();
    const file = (checkContentFile(contentFileText(await exportContent(db))) as { file: ContentFile }).file;
    // The city with the highest id was deleted for good; its revisions stay in the file.
    const highest = Math.max(...file.cities.map((city) => city.id));
    const deleted = { ...file.cities.find((city) => city.id === highest)! };
    file.cities = file.cities.filter((city) => city.id !== highest);
    file.redirects = file.redirects.filter((redirect) => redirect.cityId !== highest);
    expect(deleted.rank).toBeNull();
    expect(file.revisions.some((revision) => revision.entityType === "city" && revision.entityId === highest)).toBe(true);
    ok(await importContent(target, file));
    const created = await target.city.create({ data: { slug: "new-city", name: "New", country: "X", summary: "S", profile: "P", focusAreas: [] } });
    // Not the deleted city's id: the new city must not take over its history.
    expect(created.id).toBe(highest + 1);
    const tokyo = await target.city.findUniqueOrThrow({ where: { slug: "tokyo-metropolis" } });
    expect(await target.revision.count({ where: { entityType: "city", entityId: tokyo.id } })).toBe(2);
  });

  it("refuses a database that already has content, changing nothing", async () => {
    const checked = checkContentFile(contentFileText(await exportContent(db)));
    const before = await digestOf(db);
    const result = await importContent(db, (checked as { file: ContentFile }).file);
    expect(result).toMatchObject({ ok: false, reason: "conflict", message: expect.stringMatching(/already has content/) });
    expect(await digestOf(db)).toEqual(before);
  });
});

describe("a bad file", () => {
  const problemsOf = (text: string): ContentProblem[] => {
    const checked = checkContentFile(text);
    if (checked.ok) throw new Error("the file was accepted");
    return checked.problems;
  };

  it("is refused as a whole, with every problem named by its path, and the database is unchanged", async () => {
    const file = JSON.parse(contentFileText(await exportContent(db))) as Record<string, unknown> & ContentFile;
    file.cities[0]!.slug = "Not A Slug";
    file.cities[1]!.rank = 99;
    (file.cities[2] as Record<string, unknown>).colour = "red";
    file.faq[0]!.question = "";
    file.redirects.push({ from: "seoul", cityId: 424242 });
    file.revisions.push({ ...file.revisions[0]! });
    const target = await emptyDatabase();
    const before = await digestOf(target);

    const problems = problemsOf(JSON.stringify(file));
    expect(problems.map((problem) => problem.at)).toEqual(expect.arrayContaining(["cities[0].slug", "cities[2]", "faq[0].question"]));
    expect(problems.find((problem) => problem.at === "cities[0].slug")?.message).toMatch(/lowercase letters/);
    expect(problems.find((problem) => problem.at === "cities[2]")?.message).toMatch(/colour/);
    // Checks across records run once every record is well formed.
    const wellFormed = JSON.parse(contentFileText(await exportContent(db))) as ContentFile;
    wellFormed.cities[1]!.rank = 99;
    wellFormed.redirects.push({ from: "seoul", cityId: 424242 });
    wellFormed.revisions.push({ ...wellFormed.revisions[0]! });
    const archived = wellFormed.editions[0]!;
    archived.entries[1] = { ...archived.entries[1]!, rank: 5, cityId: 424242 };
    archived.entries[3] = { ...archived.entries[3]!, slug: archived.entries[2]!.slug };
    wellFormed.editions.push({ ...archived, year: 2030, entries: [] });
    const crossProblems = problemsOf(JSON.stringify(wellFormed));
    expect(crossProblems).toEqual(
      expect.arrayContaining([
        { at: "cities", message: expect.stringMatching(/rank 99 is beyond the 14 published entries/) },
        { at: `redirects[${wellFormed.redirects.length - 1}].cityId`, message: "No city in the file has the id 424242." },
        { at: `redirects[${wellFormed.redirects.length - 1}].from`, message: expect.stringMatching(/"seoul" is a city's current address/) },
        { at: `revisions[${wellFormed.revisions.length - 1}]`, message: expect.stringMatching(/already used by revisions\[0\]/) },
        { at: "editions[0].entries[1].rank", message: expect.stringMatching(/expected 2/) },
        { at: "editions[0].entries[1].cityId", message: "No city in the file has the id 424242; use null." },
        { at: "editions[1].year", message: "An archived edition comes before the current one (2025)." },
        { at: "editions[0].entries[3].slug", message: expect.stringMatching(/already the address of another city in this edition/) },
        { at: "editions[1].pageText.year", message: "An edition's page text names its own year, 2030." },
      ]),
    );
    expect(await digestOf(target)).toEqual(before);
  });

  it("that is not JSON names the line and column, and one of another program or version says so", () => {
    const [problem] = problemsOf('{\n  "format": "smart-cities-cms/content",\n  "version": 1,,\n}');
    expect(problem!.at).toBe("line 3, column 16");
    expect(problemsOf(JSON.stringify({ format: "wordpress", version: 1 }))[0]).toEqual({
      at: "format",
      message: expect.stringMatching(/not a content file of this CMS/),
    });
    expect(problemsOf(JSON.stringify({ format: "smart-cities-cms/content", version: 3 }))[0]).toEqual({
      at: "version",
      message: expect.stringMatching(/versions 1 and 2/),
    });
  });
});
