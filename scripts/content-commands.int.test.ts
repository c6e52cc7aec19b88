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
      expect(refused.stderr).toContain("This database already has content");
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

      // The same file saved as Latin-1 ("São Paulo" as a lone byte 0xE3): refused, not imported with "S�o".
      const latin1 = path.join(folder, "latin1.json");
      const text = (await readFile(path.join(folder, "content.json"), "utf8")).replace('"Seoul"', '"São Paulo"');
      expect(text).toContain("São Paulo");
      await writeFile(latin1, Buffer.from(text, "latin1"));
      const notUtf8 = await script("content-import", [latin1], empty.url);
      expect(notUtf8.code).toBe(1);
      expect(notUtf8.stderr.trim()).toBe(`Cannot read ${latin1}: it is not UTF-8 text; save it again as UTF-8. Nothing was changed.`);
      expect(await databaseDigest((sql) => client.$queryRawUnsafe(sql))).toEqual(before);
      await client.$disconnect();
    } finally {
      await empty.drop();
    }
  });

  it("merge a file into a site with content as the draft of the next edition, acting as an admin; a dry run changes nothing", async () => {
    const content = JSON.parse(await readFile(path.join(folder, "content.json"), "utf8")) as { pageText: { intro: string } };
    content.pageText.intro = "Merged from the command line.";
    const file = path.join(folder, "merge.json");
    await writeFile(file, JSON.stringify(content));
    const site = await createTestDatabase("import-merge");
    try {
      await applyMigrations(site.url);
      const client = createDatabaseClient(site.url);
      await seedArticle(client);
      await client.user.create({ data: { email: "admin@example.test", name: "Admin", passwordHash: "not-used", role: "ADMIN" } });
      await client.user.create({ data: { email: "editor@example.test", name: "Editor", passwordHash: "not-used", role: "EDITOR" } });
      const before = await databaseDigest((sql) => client.$queryRawUnsafe(sql));

      const asEditor = await script("content-import", ["--merge", "--as", "editor@example.test", file], site.url);
      expect(asEditor.code).toBe(1);
      expect(asEditor.stderr).toContain("editor@example.test is not an active admin of this site");
      const dryRun = await script("content-import", ["--merge", "--as", "admin@example.test", "--dry-run", file], site.url);
      expect(dryRun.code, dryRun.stderr).toBe(0);
      expect(dryRun.stdout).toContain("Starts the 2025 edition; readers keep seeing 2024 until it is published.");
      expect(dryRun.stdout).toContain("Page text: changes intro.");
      expect(dryRun.stdout).toContain("Dry run: nothing was changed.");
      expect(await databaseDigest((sql) => client.$queryRawUnsafe(sql))).toEqual(before);

      const merged = await script("content-import", ["--merge", "--as", "Admin@Example.test", file], site.url);
      expect(merged.code, merged.stderr).toBe(0);
      expect(merged.stdout).toContain("Merged into the 2025 edition.");
      const listing = await client.listing.findFirstOrThrow();
      expect(listing).toMatchObject({ year: 2025, intro: "Merged from the command line." });
      expect(await client.edition.findUniqueOrThrow({ where: { year: 2024 } })).toMatchObject({ status: "public", frozenByEmail: "admin@example.test" });
      await client.$disconnect();
    } finally {
      await site.drop();
    }
  });
});
