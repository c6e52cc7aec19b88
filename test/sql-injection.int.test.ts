import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { activity } from "../lib/activity/queries";
import type { Actor } from "../lib/audit";
import { WRONG_CREDENTIALS_MESSAGE } from "../lib/auth/messages";
import { signInWithPassword } from "../lib/auth/sign-in";
import { createCity, updateCity } from "../lib/cities/mutations";
import { publishedCitiesAfter, publishedCity, publishedSlugRenamedFrom } from "../lib/cities/queries";
import { createCitySchema } from "../lib/cities/schema";
import { db } from "../lib/db";
import { createFaqEntry } from "../lib/faq/mutations";
import { createFaqEntrySchema } from "../lib/faq/schema";
import { seededDatabaseWithEditor } from "./content-fixtures";
import { changedTables, databaseDigest } from "./database-digest";

// Every query goes through Prisma's parameters: SQL-looking input in filters, addresses, sign-in
// and content is treated as text. Checked in the code (no query is built from strings) and by
// feeding such input through every read and write that takes text.

const root = path.resolve(import.meta.dirname, "..");

const sqlLooking = [
  "' OR '1'='1",
  '\'; DROP TABLE "City"; --',
  '1; DELETE FROM "User"; --',
  'x\' UNION SELECT "passwordHash" FROM "User" --',
  "') OR ('a'='a",
  '\\\'; TRUNCATE "AuditEvent"; --',
  "$1",
  "%' OR name LIKE '%",
  "1' AND pg_sleep(3) IS NULL --",
];

let editor: Actor;
beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
});

const digest = (except: string[] = []) => databaseDigest((sql) => db.$queryRawUnsafe(sql), { except });

function sourceFiles(directory: string): string[] {
  return (readdirSync(path.join(root, directory), { recursive: true }) as string[])
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.includes("generated"))
    .map((file) => path.join(directory, file));
}

describe("queries are never built from strings", () => {
  const files = ["app", "lib", "scripts", "components"].flatMap(sourceFiles).map((file) => ({ file, text: readFileSync(path.join(root, file), "utf8") }));

  it("no code calls Prisma's unsafe raw queries", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter(({ text }) => /\$(query|execute)RawUnsafe/.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it("Prisma.raw (text pasted into SQL) is used only for fixed table and column names", () => {
    expect(files.filter(({ text }) => text.includes("Prisma.raw(")).map(({ file }) => file)).toEqual([
      "lib/content-transfer/import.ts",
      "lib/database/insert-rows.ts",
      "lib/ranking/ordered-list.ts",
    ]);
    // The import pastes a table name from a literal union.
    const importer = files.find(({ file }) => file === "lib/content-transfer/import.ts")!.text;
    expect([...importer.matchAll(/Prisma\.raw\(\s*([^\n]*)/g)].map((match) => match[1]!.trim())).toEqual(['`"${table}"`);']);
    // Bulk inserts paste a table name from a literal union and column names that are the keys of the
    // rows: the import's (checked by its strict zod schema) or rows the code itself builds.
    const bulk = files.find(({ file }) => file === "lib/database/insert-rows.ts")!.text;
    expect(bulk).toContain('type BulkTable = "AuditEvent" | "City" | "FaqEntry" | "SlugRedirect" | "Revision" | "Edition" | "EditionEntry";');
    expect([...bulk.matchAll(/Prisma\.raw\(\s*([^\n]*)/g)].map((match) => match[1]!.trim())).toEqual(["Object.keys(rows[0]!)", '`"${table}"`);']);
    const callers = files.filter(({ text }) => /\binsertRows\(/.test(text) && !text.includes("export async function insertRows")).map(({ file }) => file);
    expect(callers).toEqual(["lib/audit.ts", "lib/content-transfer/bulk-saves.ts", "lib/content-transfer/import.ts", "lib/revisions/record.ts"]);
    const orderedList = files.find(({ file }) => file === "lib/ranking/ordered-list.ts")!.text;
    // Every Prisma.raw there pastes a name from the constant LISTS table, and those names are identifiers.
    expect([...orderedList.matchAll(/Prisma\.raw\(([^)]*)\)/g)].map((match) => match[1])).toEqual([
      '`"${names.table}"`',
      '`"${names.position}"`',
      '`"${names.planned}"`',
      '`"${names.version}"`',
      '`"${names.label}"`',
    ]);
    const lists = /const LISTS = (\{[\s\S]*?\}) as const;/.exec(orderedList)![1]!;
    for (const [, name] of lists.matchAll(/: "([^"]*)"/g)) expect(name).toMatch(/^[A-Za-z]+$/);
  });

  it("the only driver-level queries are the migration runner's and the benchmark's clean-up, with $n parameters and no pasted values", () => {
    const driverQueries = files.filter(({ text }) => /client\.query\(/.test(text)).map(({ file }) => file);
    expect(driverQueries).toEqual(["lib/database/migrations.ts", "scripts/bench/bench-database.ts"]);
    const runner = files.find(({ file }) => file === "lib/database/migrations.ts")!.text;
    for (const [call] of runner.matchAll(/client\.query\(\s*`[^`]*`/g)) expect(call, call).not.toContain("${");
    // The benchmark drops the databases it made: the name is quoted by the driver, never pasted.
    const cleanup = files.find(({ file }) => file === "scripts/bench/bench-database.ts")!.text;
    for (const [call] of cleanup.matchAll(/client\.query\(\s*`[^`]*`/g))
      expect(call.replaceAll(/\$\{after\.client\.escapeIdentifier\(name\)\}/g, ""), call).not.toContain("${");
  });
});

describe("SQL-looking input is treated as text", () => {
  it("in the activity filters: no event matches, nothing changes", async () => {
    const before = await digest();
    for (const text of sqlLooking) {
      expect((await activity({ role: "ADMIN" }, { entityType: text })).events, text).toEqual([]);
      expect((await activity({ role: "ADMIN" }, { entityId: text })).events, text).toEqual([]);
    }
    expect(changedTables(before, await digest())).toEqual([]);
  });

  it("in a city's address: no city, no redirect, no query built from it", async () => {
    for (const text of sqlLooking) {
      expect(await publishedCity(text)).toBeNull();
      expect(await publishedSlugRenamedFrom(text)).toBeNull();
    }
  });

  it("in sign-in: the attempt fails like any wrong password, and only the failure count changes", async () => {
    const before = await digest(["LoginThrottle"]);
    for (const [index, text] of sqlLooking.entries()) {
      for (const email of [text, `${text}@example.test`, `editor@example.test' --`]) {
        const outcome = await signInWithPassword({ email, password: text, address: `203.0.113.${index}` }, async () => undefined);
        expect(outcome, email).toEqual({ ok: false, message: WRONG_CREDENTIALS_MESSAGE });
      }
    }
    expect(changedTables(before, await digest(["LoginThrottle"]))).toEqual([]);
  });

  it("in a city's and an FAQ entry's text: stored and shown exactly as typed, and every table is still there", async () => {
    const [first, second, third] = sqlLooking as [string, string, string];
    const created = await createCity(
      createCitySchema.parse({
        name: first,
        slug: "sql-city",
        country: second,
        summary: third,
        profile: sqlLooking.join("\n\n"),
        focusAreas: [first, "iot"],
        status: "PUBLISHED",
      }),
      editor,
    );
    expect(created.ok).toBe(true);
    const stored = await db.city.findUniqueOrThrow({ where: { slug: "sql-city" } });
    expect(stored).toMatchObject({ name: first, country: second, summary: third, profile: sqlLooking.join("\n\n"), focusAreas: [first.toLowerCase(), "iot"] });
    expect((await publishedCitiesAfter(0)).find((city) => city.slug === "sql-city")?.name).toBe(first);

    const edited = await updateCity({ id: stored.id, version: stored.version, summary: sqlLooking[3] }, editor);
    expect(edited.ok).toBe(true);
    expect((await db.city.findUniqueOrThrow({ where: { id: stored.id } })).summary).toBe(sqlLooking[3]);

    const entry = await createFaqEntry(createFaqEntrySchema.parse({ question: sqlLooking[4], answer: sqlLooking[5], status: "PUBLISHED" }), editor);
    expect(entry.ok).toBe(true);
    expect(await db.faqEntry.findFirstOrThrow({ where: { question: sqlLooking[4] } })).toMatchObject({ answer: sqlLooking[5] });

    // The statements in the text did not run: every table and every user is still there.
    expect(await db.city.count()).toBeGreaterThan(15);
    expect(await db.user.count()).toBeGreaterThan(0);
    expect(await db.auditEvent.count()).toBeGreaterThan(0);
  });
});
