import { randomBytes } from "node:crypto";
import pg from "pg";
import { deferCleanup } from "./cleanup";

// The benchmark measures PostgreSQL, never the embedded database: DATABASE_URL names the server
// (as for `npm test`), and without it the local default of our machines is tried. Each part
// creates its own databases on it and drops them after.
export const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export function databaseServerUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_SERVER_URL;
}

/** The server's version, and a clear failure when there is no server to benchmark. */
export async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: databaseServerUrl(), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`The benchmark needs a PostgreSQL server: set DATABASE_URL (tried ${redact(databaseServerUrl())}: ${(error as Error).message}).`);
  }
  try {
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    return rows[0]!.server_version;
  } finally {
    await client.end();
  }
}

export const benchEditor = { email: "bench-editor@example.test", password: `bench-${randomBytes(12).toString("base64url")}`, name: "Bench Editor" };

/**
 * A new database on the server, migrated, with the article's content and an editor to sign in
 * as, plus `extraCities` generated published cities after the article's 15. Dropped at cleanup.
 */
export async function createBenchDatabase(label: string, extraCities = 0): Promise<string> {
  process.env.TEST_DATABASE_SERVER_URL = databaseServerUrl();
  const { createTestDatabase } = await import("../../test/databases");
  const { applyMigrations } = await import("../../lib/database/migrations");
  const { prepareDatabase } = await import("../../lib/database/prepare");
  const { createDatabaseClient } = await import("../../lib/db");
  const { hashPassword } = await import("../../lib/users/passwords");
  const { addPublishedCities } = await import("../../test/large-ranking");
  const database = await createTestDatabase(`bench_${label}`);
  deferCleanup(database.drop);
  await applyMigrations(database.url, { log: () => undefined });
  const db = createDatabaseClient(database.url);
  try {
    // The editor first, so preparing creates no first admin of its own. Made as e2e/helpers/users.ts
    // makes its users: an editor who chose their own password (the command line's users must change
    // theirs before they may edit).
    const { email, name, password } = benchEditor;
    await db.user.create({ data: { email, name, role: "EDITOR", passwordHash: await hashPassword(password) } });
    await prepareDatabase(database.url, () => undefined);
    if (extraCities > 0) await addPublishedCities(db, extraCities);
  } finally {
    await db.$disconnect();
  }
  return database.url;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

/** A cleanup that drops databases named `prefix…` created after this call (by code that drops its own, unless interrupted). */
export async function dropNewDatabasesOnInterrupt(prefix: string): Promise<() => Promise<void>> {
  const named = async () => {
    const client = new pg.Client({ connectionString: databaseServerUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
      return { client, names: rows.map((row) => row.datname) };
    } catch (error) {
      await client.end();
      throw error;
    }
  };
  const before = await named();
  await before.client.end();
  return async () => {
    const after = await named();
    try {
      for (const name of after.names.filter((name) => !before.names.includes(name)))
        await after.client.query(`DROP DATABASE IF EXISTS ${after.client.escapeIdentifier(name)} WITH (FORCE)`);
    } finally {
      await after.client.end();
    }
  };
}
