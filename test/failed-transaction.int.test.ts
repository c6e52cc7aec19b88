import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../lib/audit";
import type { Editor } from "../lib/auth/session";
import { createCity, moveCity, reorderCities, restoreCity, trashCity, updateCity } from "../lib/cities/mutations";
import { createCitySchema } from "../lib/cities/schema";
import { db } from "../lib/db";
import { moveFaqEntry, reorderFaq } from "../lib/faq/mutations";
import { updatePageText } from "../lib/listing/mutations";
import { changeUserRole } from "../lib/users/mutations";
import { seededDatabaseWithEditor, storedRanks } from "./content-fixtures";
import { changedTables, databaseDigest } from "./database-digest";
import { theListing } from "../lib/listing/the-listing";

// A change that fails halfway (here: a fault injected into the database after the change's first
// writes) must leave nothing behind: not the new ranks, not a version bump, not an audit event.
// Each change is then made again without the fault, to prove it was a real change that failed.

let editor: Actor;
let admin: Editor;
beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
  const user = await db.user.create({ data: { email: "admin@failures.test", name: "Admin", role: "ADMIN", passwordHash: "-" } });
  admin = { id: user.id, email: user.email, name: user.name, role: "ADMIN" };
  await db.user.create({ data: { email: "second-admin@failures.test", name: "Second admin", role: "ADMIN", passwordHash: "-" } });
  // A trashed city to restore, and a draft to publish.
  const beijing = await db.city.findUniqueOrThrow({ where: { slug: "beijing" } });
  expect(await trashCity({ id: beijing.id, version: beijing.version }, editor)).toMatchObject({ ok: true });
  await createCity(
    createCitySchema.parse({
      name: "Draftville",
      slug: "draftville",
      country: "Testland",
      summary: "A draft.",
      profile: "Draft.",
      focusAreas: "iot",
      plannedRank: 2,
    }),
    editor,
  );
});

const digest = () => databaseDigest((sql) => db.$queryRawUnsafe(sql));

/** Where the fault strikes: a row trigger that raises, on one table, for one kind of statement. */
type Fault = { table: "Listing" | "AuditEvent" | "City"; event: "INSERT" | "UPDATE"; when?: string; label: string };
const faults = {
  listVersionBump: {
    table: "Listing",
    event: "UPDATE",
    when: `OLD."rankingVersion" IS DISTINCT FROM NEW."rankingVersion" OR OLD."faqVersion" IS DISTINCT FROM NEW."faqVersion"`,
    label: "the list's version bump, after the new order was written",
  },
  auditEvent: { table: "AuditEvent", event: "INSERT", label: "the audit event, the change's last statement" },
} satisfies Record<string, Fault>;

async function withFault<T>(fault: Fault, work: () => Promise<T>): Promise<T> {
  await db.$executeRawUnsafe(
    `CREATE OR REPLACE FUNCTION "test_injected_fault"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected fault on %', TG_TABLE_NAME; END $$`,
  );
  await db.$executeRawUnsafe(
    `CREATE TRIGGER "test_injected_fault" BEFORE ${fault.event} ON "${fault.table}" FOR EACH ROW ${fault.when ? `WHEN (${fault.when})` : ""} EXECUTE FUNCTION "test_injected_fault"()`,
  );
  try {
    return await work();
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER "test_injected_fault" ON "${fault.table}"`);
  }
}

const listing = () => db.listing.findUniqueOrThrow({ where: theListing });
const publishedCityIds = async () =>
  (await db.city.findMany({ where: { rank: { not: null } }, orderBy: { rank: "asc" }, select: { id: true } })).map((city) => city.id);
const publishedFaqIds = async () =>
  (await db.faqEntry.findMany({ where: { position: { not: null } }, orderBy: { position: "asc" }, select: { id: true } })).map((entry) => entry.id);
const cityBySlug = (slug: string) => db.city.findUniqueOrThrow({ where: { slug } });

type Change = { name: string; fault: Fault; run: () => Promise<{ ok: boolean }> };
const changes: Change[] = [
  {
    name: "reordering the ranking",
    fault: faults.listVersionBump,
    run: async () => reorderCities({ ids: (await publishedCityIds()).reverse(), version: (await listing()).rankingVersion }, editor),
  },
  {
    name: "reordering the ranking",
    fault: faults.auditEvent,
    run: async () => reorderCities({ ids: (await publishedCityIds()).reverse(), version: (await listing()).rankingVersion }, editor),
  },
  {
    name: "moving a city from first to last",
    fault: faults.listVersionBump,
    run: async () => moveCity({ id: (await publishedCityIds())[0]!, to: 100, listVersion: (await listing()).rankingVersion }, editor),
  },
  {
    name: "moving a city from first to last",
    fault: faults.auditEvent,
    run: async () => moveCity({ id: (await publishedCityIds())[0]!, to: 100, listVersion: (await listing()).rankingVersion }, editor),
  },
  {
    name: "creating a published city at rank 1 (the others move down first)",
    fault: faults.listVersionBump,
    run: () =>
      createCity(
        createCitySchema.parse({
          name: "Newtown",
          slug: "newtown",
          country: "Testland",
          summary: "New.",
          profile: "New.",
          focusAreas: "iot",
          status: "PUBLISHED",
          plannedRank: 1,
        }),
        editor,
      ),
  },
  {
    name: "publishing a draft at rank 2",
    fault: faults.auditEvent,
    run: async () => {
      const draft = await cityBySlug("draftville");
      return updateCity({ id: draft.id, version: draft.version, status: "PUBLISHED" }, editor);
    },
  },
  {
    name: "trashing the city at rank 1 (the gap closes first)",
    fault: faults.auditEvent,
    run: async () => {
      const first = await db.city.findFirstOrThrow({ where: { rank: 1 } });
      return trashCity({ id: first.id, version: first.version }, editor);
    },
  },
  {
    name: "restoring a trashed city to its old rank",
    fault: faults.auditEvent,
    run: async () => restoreCity({ id: (await cityBySlug("beijing")).id }, editor),
  },
  {
    name: "editing a city and its address (the old address becomes a redirect)",
    fault: faults.auditEvent,
    run: async () => {
      const city = await cityBySlug("tokyo");
      return updateCity({ id: city.id, version: city.version, slug: `tokyo-${city.version}`, summary: "Edited." }, editor);
    },
  },
  {
    name: "reordering the FAQ",
    fault: faults.listVersionBump,
    run: async () => reorderFaq({ ids: (await publishedFaqIds()).reverse(), version: (await listing()).faqVersion }, editor),
  },
  {
    name: "moving an FAQ entry",
    fault: faults.auditEvent,
    run: async () => moveFaqEntry({ id: (await publishedFaqIds())[0]!, to: 3, listVersion: (await listing()).faqVersion }, editor),
  },
  {
    name: "saving the page text",
    fault: faults.auditEvent,
    run: async () => {
      const { titleTemplate, year, intro, developmentHeading, development, faqHeading, conclusion, seoDescription, version } = await listing();
      return updatePageText(
        { titleTemplate, year, intro: `${intro}\n\nMore.`, developmentHeading, development, faqHeading, conclusion, seoDescription, version },
        editor,
      );
    },
  },
  {
    name: "changing a user's role (which also ends their sessions)",
    fault: faults.auditEvent,
    run: async () => {
      const user = await db.user.findUniqueOrThrow({ where: { email: "second-admin@failures.test" } });
      return changeUserRole({ userId: user.id, role: user.role === "ADMIN" ? "EDITOR" : "ADMIN" }, admin);
    },
  },
];

describe("a change that fails halfway leaves nothing half-applied", () => {
  for (const change of changes) {
    it(`${change.name}: a fault at ${change.fault.label} rolls everything back; without it, the change goes through`, async () => {
      const before = await digest();
      await expect(withFault(change.fault, change.run)).rejects.toThrow(/injected fault/);
      expect(changedTables(before, await digest()), "tables changed by the failed change").toEqual([]);

      const result = await change.run();
      expect(result.ok, "the same change without the fault").toBe(true);
      expect(changedTables(before, await digest())).toContain("AuditEvent");
      const ranks = await storedRanks();
      expect(ranks).toEqual(ranks.map((_, index) => index + 1));
    });
  }
});
