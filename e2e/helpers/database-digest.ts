import pg from "pg";
import { changedTables, databaseDigest } from "../../test/database-digest";

/** A fingerprint of every table of the app's test database (test/database-digest.ts), over one connection. */
export async function testDatabaseDigest(options: { except?: string[] } = {}): Promise<Record<string, string>> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests through `npm test -- e2e`.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await databaseDigest(async <T>(sql: string) => (await client.query(sql)).rows as T[], options);
  } finally {
    await client.end();
  }
}

export { changedTables };
