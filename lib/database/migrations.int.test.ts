import { cp, mkdtemp, appendFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/databases";
import { MIGRATIONS_DIR, MigrationError, applyMigrations, readMigrations } from "./migrations";

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase("migrate");
  cleanups.push(database.drop);
  return database;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("applying migrations", () => {
  it("applies every migration once and records it as prisma migrate deploy does", async () => {
    const { url } = await emptyDatabase();
    const migrations = await readMigrations();
    expect(await applyMigrations(url)).toEqual(migrations.map((migration) => migration.name));

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((migration) => migration.name));
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(migrations[index]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("does nothing when applied a second time", async () => {
    const { url } = await emptyDatabase();
    await applyMigrations(url);
    expect(await applyMigrations(url)).toEqual([]);
    const [{ count }] = (await query<{ count: string }>(url, `SELECT count(*) FROM "_prisma_migrations"`)) as [{ count: string }];
    expect(Number(count)).toBe((await readMigrations()).length);
  });

  it("refuses a migration whose file changed after it was applied, and says which", async () => {
    const { url } = await emptyDatabase();
    await applyMigrations(url);
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const [first] = await readMigrations(dir);
    await appendFile(path.join(dir, first!.name, "migration.sql"), "\n-- edited later\n");

    const attempt = applyMigrations(url, { dir });
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(applyMigrations(url, { dir })).rejects.toThrow(new RegExp(`${first!.name} was changed after it was applied`));
  });

  it("rolls back a failing migration completely and does not record it", async () => {
    const { url } = await emptyDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, "99999999999999_broken");
    await cp(path.join(dir, (await readMigrations(dir))[0]!.name), broken, { recursive: true });
    const { writeFile } = await import("node:fs/promises");
    await writeFile(path.join(broken, "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT * FROM "no_such_table";\n`);

    await expect(applyMigrations(url, { dir })).rejects.toThrow(/99999999999999_broken failed and was rolled back/);
    const tables = await query<{ tablename: string }>(url, `SELECT tablename FROM pg_tables WHERE tablename = 'Half'`);
    expect(tables).toEqual([]);
    const recorded = await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99999999999999_broken'`);
    expect(recorded).toEqual([]);
  });

  it("is safe when two processes migrate the same database at once", async () => {
    const { url } = await emptyDatabase();
    const results = await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
    const names = (await readMigrations()).map((migration) => migration.name);
    expect(results.flat().sort()).toEqual(names);
    const rows = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows).toHaveLength(names.length);
  });
});
