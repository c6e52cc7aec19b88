import { changedTables, databaseDigest } from "../../test/database-digest";
import { testDatabasePool } from "./database";

/** A fingerprint of every table of the app's test database (test/database-digest.ts), over one connection. */
export async function testDatabaseDigest(options: { except?: string[] } = {}): Promise<Record<string, string>> {
  const client = await testDatabasePool().connect();
  try {
    return await databaseDigest(async <T>(sql: string) => (await client.query(sql)).rows as T[], options);
  } finally {
    client.release();
  }
}

export { changedTables };
