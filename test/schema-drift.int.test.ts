// Fails when prisma/schema.prisma and the hand-written migrations in prisma/migrations disagree:
// the migrations are applied to an empty database, whose catalog must then match, table by table,
// what Prisma's own migrations would have built from schema.prisma. See test/schema-drift.ts.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../lib/database/migrations";
import { createTestDatabase, type TestDatabase } from "./databases";
import { SCHEMA_PATH, describeDatabase, describeSchema, diffDescriptions, findSchemaDrift } from "./schema-drift";

let database: TestDatabase | undefined;
let url: string;
let schemaText: string;

beforeAll(async () => {
  database = await createTestDatabase("drift");
  url = database.url;
  await applyMigrations(url);
  schemaText = await readFile(SCHEMA_PATH, "utf8");
});

afterAll(async () => {
  await database?.drop();
});

describe("schema.prisma and prisma/migrations", () => {
  it("describe the same database", async () => {
    const expected = describeSchema(schemaText);
    const actual = await describeDatabase(url);
    expect(diffDescriptions(expected, actual)).toEqual([]);
    // The same verdict as a structural diff, should the line-by-line comparison ever miss something.
    expect(actual).toEqual(expected);
  });
});

/** `text` with `pattern` (which must occur exactly once) replaced, so a stale edit fails loudly. */
function edit(text: string, pattern: RegExp, replacement: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`expected ${pattern} once in schema.prisma, found it ${matches.length} times`);
  return text.replace(pattern, replacement);
}

describe("the drift check", () => {
  const cases: Array<[string, (text: string) => string, string[]]> = [
    [
      "a changed column type",
      (text) => edit(text, /^(\s*slug\s+String\s+@unique\s+@db\.VarChar\()80\)/m, "$181)"),
      ["column City.slug: schema.prisma says character varying(81) NOT NULL, database has character varying(80) NOT NULL"],
    ],
    [
      "a field the migrations lack",
      (text) => edit(text, /^(model LoginThrottle \{\n)/m, "$1  extra String?\n"),
      ["column LoginThrottle.extra: in schema.prisma (text NULL) but missing from the database"],
    ],
    [
      "a changed default",
      (text) => edit(text, /^(\s*rankingVersion\s+Int\s+@default\()1\)/m, "$12)"),
      ["column Listing.rankingVersion: schema.prisma says integer NOT NULL DEFAULT 2, database has integer NOT NULL DEFAULT 1"],
    ],
    [
      "a changed nullability",
      (text) => edit(text, /^(\s*plannedRank\s+Int)\?/m, "$1"),
      ["column City.plannedRank: schema.prisma says integer NOT NULL, database has integer NULL"],
    ],
    [
      "an enum value the migrations lack",
      (text) => edit(text, /^(enum Status \{\n\s*DRAFT\n\s*PUBLISHED\n)/m, "$1  ARCHIVED\n"),
      ["enum Status: schema.prisma says (DRAFT, PUBLISHED, ARCHIVED), database has (DRAFT, PUBLISHED)"],
    ],
    [
      "an index schema.prisma no longer declares",
      (text) => edit(text, /^\s*@@index\(\[at\]\)\n/m, "\n"),
      ["index AuditEvent.AuditEvent_at_idx: in the database ((at)) but not in schema.prisma"],
    ],
    [
      "a unique index that is a plain one in the database",
      (text) => edit(text, /^(\s*@@index\(\[cityId\]\))/m, "  @@unique([cityId])"),
      [
        "index SlugRedirect.SlugRedirect_cityId_key: in schema.prisma (UNIQUE (cityId)) but missing from the database",
        "index SlugRedirect.SlugRedirect_cityId_idx: in the database ((cityId)) but not in schema.prisma",
      ],
    ],
    [
      "a changed referential action",
      (text) => edit(text, /(city\s+City\s+@relation\(fields: \[cityId\], references: \[id\], onDelete: )Cascade\)/, "$1Restrict)"),
      [
        "foreign key SlugRedirect.SlugRedirect_cityId_fkey: schema.prisma says (cityId) REFERENCES City(id) ON DELETE RESTRICT ON UPDATE CASCADE, database has (cityId) REFERENCES City(id) ON DELETE CASCADE ON UPDATE CASCADE",
      ],
    ],
    [
      "a renamed primary key",
      (text) => edit(text, /^(\s*key\s+String\s+@id)/m, '$1(map: "LoginThrottle_key_pkey")'),
      ['primary key of LoginThrottle: schema.prisma says "LoginThrottle_key_pkey" (key), database has "LoginThrottle_pkey" (key)'],
    ],
    [
      "a model the migrations lack, and a table schema.prisma no longer declares",
      (text) => edit(text, /^model LoginThrottle \{/m, 'model LoginThrottle {\n  @@map("login_throttles")'),
      ["table login_throttles: in schema.prisma but missing from the database", "table LoginThrottle: in the database but not in schema.prisma"],
    ],
  ];

  it.each(cases)("reports %s", async (_name, change, differences) => {
    expect(await findSchemaDrift(change(schemaText), url)).toEqual(differences);
  });
});
