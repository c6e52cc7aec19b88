import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "../lib/db";
import { applyMigrations } from "../lib/database/migrations";
import { seedArticle } from "../lib/database/seed";
import { seededDatabaseWithEditor } from "../test/content-fixtures";
import { createTestDatabase, type TestDatabase } from "../test/databases";
import { databaseDigest } from "../test/database-digest";

// `npm run content:export` and `npm run content:import` as a user runs them, against real databases.

const root = path.resolve(import.meta.dirname, "..");
const run = promisify(execFile);
let folder: string;
let target: TestDatabase;

/** Runs a script with DATABASE_URL set; answers its exit code and output instead of throwing. */
async function script(name: string, args: string[], databaseUrl: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", `scripts/${name}.ts`, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  await seededDatabaseWithEditor();
  folder = await mkdtemp(path.join(os.tmpdir(), "content-"));
  target = await createTestDatabase("import-cli");
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await target.drop();
});

describe("the content commands", () => {
  it("export to a file, import it into an empty database, and export the same content again", async () => {
    const file = path.join(folder, "content.json");
    const exported = await script("content-export", ["--out", file], process.env.DATABASE_URL!);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toMatch(/Wrote .*content\.json: 15 cities, 6 FAQ entries, 0 redirects, 22 revisions\./);

    const imported = await script("content-import", [file], target.url);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/Imported .*: 15 cities, 6 FAQ entries, 0 redirects, 22 revisions\./);

    const again = await script("content-export", [], target.url);
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/, "");
    expect(withoutTime(again.stdout)).toBe(withoutTime(await readFile(file, "utf8")));
  });

  it("refuse a database with content before migrating it: nothing changes, its migrations included", async () => {
    const behind = await createTestDatabase("import-behind");
    try {
      await applyMigrations(behind.url);
      const client = createDatabaseClient(behind.url);
      await seedArticle(client);
      // One migration behind, as a production database is before a deploy.
      await client.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE id = (SELECT id FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1)`);
      const migrations = () => client.$queryRawUnsafe<{ name: string }[]>(`SELECT migration_name AS name FROM _prisma_migrations ORDER BY 1`);
      const [before, migrationsBefore] = [await databaseDigest((sql) => client.$queryRawUnsafe(sql)), await migrations()];
      const refused = await script("content-import", [path.join(folder, "content.json")], behind.url);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("This database already has content.");
      expect(await migrations()).toEqual(migrationsBefore);
      expect(await databaseDigest((sql) => client.$queryRawUnsafe(sql))).toEqual(before);
      await client.$disconnect();
    } finally {
      await behind.drop();
    }
  });

  it("refuse a bad file with every problem and change nothing", async () => {
    const file = path.join(folder, "bad.json");
    const content = JSON.parse(await readFile(path.join(folder, "content.json"), "utf8")) as { cities: Array<Record<string, unknown>> };
    content.cities[0]!.slug = "Bad Slug";
    content.cities[3]!.country = "";
    await writeFile(file, JSON.stringify(content));
    const empty = await createTestDatabase("import-bad");
    try {
      await applyMigrations(empty.url);
      const client = createDatabaseClient(empty.url);
      const before = await databaseDigest((sql) => client.$queryRawUnsafe(sql));
      const refused = await script("content-import", [file], empty.url);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("was not imported; nothing was changed. 2 problems:");
      expect(refused.stderr).toMatch(/cities\[0\]\.slug: Use lowercase letters/);
      expect(refused.stderr).toMatch(/cities\[3\]\.country: Enter the country\./);
      expect(await databaseDigest((sql) => client.$queryRawUnsafe(sql))).toEqual(before);
      await client.$disconnect();
    } finally {
      await empty.drop();
    }
  });
});
