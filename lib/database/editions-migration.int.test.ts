import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient, type Database } from "../db";
import { createTestDatabase, type TestDatabase } from "../../test/databases";
import { databaseDigest } from "../../test/database-digest";
import { MIGRATIONS_DIR, applyMigrations } from "./migrations";
import { seedArticle } from "./seed";
import { theListing } from "../listing/the-listing";

// The editions migration on a database filled under the schema before it: every city, rank, FAQ
// entry, page text, audit row, revision and slug redirect is still there afterwards, byte for byte,
// and that content is the current edition (the article's 2024).
const EDITIONS_MIGRATION = "20261205120000_editions";

let database: TestDatabase;
let client: Database;
let folder: string;
beforeAll(async () => {
  database = await createTestDatabase("editions-migration");
  folder = await mkdtemp(path.join(os.tmpdir(), "migrations-before-editions-"));
  for (const name of await readdir(MIGRATIONS_DIR)) {
    if (name !== EDITIONS_MIGRATION) await cp(path.join(MIGRATIONS_DIR, name), path.join(folder, name), { recursive: true });
  }
  await applyMigrations(database.url, { dir: folder });
  client = createDatabaseClient(database.url);
});

afterAll(async () => {
  await client.$disconnect();
  await database.drop();
  await rm(folder, { recursive: true, force: true });
});

describe("the editions migration", () => {
  it("keeps all of today's content as the current edition", async () => {
    // Content as the previous schema holds it: the article (with its revisions), a rename with its redirect and audit row, a draft, a trashed city.
    await seedArticle(client);
    const user = await client.user.create({ data: { email: "editor@example.test", name: "Editor", passwordHash: "x" } });
    const tokyo = await client.city.findUniqueOrThrow({ where: { slug: "tokyo" } });
    await client.city.update({ where: { id: tokyo.id }, data: { slug: "tokyo-metropolis" } });
    await client.slugRedirect.create({ data: { fromSlug: "tokyo", cityId: tokyo.id } });
    await client.auditEvent.create({
      data: { userId: user.id, userEmail: user.email, action: "city.update", entityType: "city", entityId: String(tokyo.id), summary: "Renamed Tokyo" },
    });
    await client.city.create({
      data: { slug: "jakarta", name: "Jakarta", country: "Indonesia", summary: "A draft.", profile: "Draft.", focusAreas: ["water"], plannedRank: 3 },
    });
    const osaka = await client.city.findUniqueOrThrow({ where: { slug: "osaka" } });
    await client.$transaction([
      client.city.update({ where: { id: osaka.id }, data: { rank: null, plannedRank: osaka.rank, deletedAt: new Date() } }),
      client.$executeRawUnsafe(`UPDATE "City" SET rank = rank - 1 WHERE rank > ${osaka.rank}`),
    ]);

    const before = await databaseDigest((sql) => client.$queryRawUnsafe(sql));
    expect(Object.keys(before)).not.toContain("Edition");
    const counts = await Promise.all([
      client.city.count(),
      client.faqEntry.count(),
      client.slugRedirect.count(),
      client.auditEvent.count(),
      client.revision.count(),
    ]);
    expect(counts.every((count) => count > 0)).toBe(true);

    expect(await applyMigrations(database.url)).toEqual([EDITIONS_MIGRATION]);

    const after = await databaseDigest((sql) => client.$queryRawUnsafe(sql));
    for (const [table, digest] of Object.entries(before)) expect({ table, digest: after[table] }).toEqual({ table, digest });
    expect(await client.edition.count()).toBe(0);
    expect((await client.listing.findUniqueOrThrow({ where: theListing })).year).toBe(2024);
    expect(await client.city.count({ where: { rank: { not: null } } })).toBe(14);
  });
});
