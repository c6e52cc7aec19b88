import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDatabase } from "../lib/database/embedded";

export type TestDatabase = { url: string; drop: () => Promise<void> };

/**
 * A fresh, empty database for one test file or run. With TEST_DATABASE_SERVER_URL (set by
 * `npm test` from DATABASE_URL) it is created on that PostgreSQL server and dropped after;
 * without it, an in-memory embedded database.
 */
export async function createTestDatabase(label = "test"): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase();
    return { url: embedded.url, drop: embedded.stop };
  }
  const name = `cms_${label}_${randomBytes(5).toString("hex")}`;
  await withServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
