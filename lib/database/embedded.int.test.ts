import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";

// The embedded database is one PGlite session behind a socket; the app reaches it through a pool
// of connections like a real server. Many requests at once (the concurrent-editors test, a
// dashboard page's parallel reads) must not mix up their queries.

let database: EmbeddedDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await startEmbeddedDatabase();
  pool = new pg.Pool({ connectionString: database.url, max: 10 });
  await pool.query("CREATE TABLE counter (id int PRIMARY KEY, value int NOT NULL)");
  await pool.query("INSERT INTO counter SELECT n, 0 FROM generate_series(1, 20) AS n");
});

afterAll(async () => {
  await pool.end();
  await database.stop();
});

describe("the embedded database under concurrent connections", () => {
  it("answers 300 parameterised queries and transactions from 10 connections at once, each with its own result", async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 300 }, async (_, index) => {
        const id = (index % 20) + 1;
        if (index % 4 === 0) {
          const client = await pool.connect();
          try {
            await client.query("BEGIN");
            await client.query("UPDATE counter SET value = value + 1 WHERE id = $1", [id]);
            const { rows } = await client.query<{ id: number }>("SELECT id FROM counter WHERE id = $1", [id]);
            await client.query("COMMIT");
            return rows[0]!.id === id;
          } finally {
            client.release();
          }
        }
        const { rows } = await pool.query<{ id: number; echo: string }>("SELECT id, $2::text AS echo FROM counter WHERE id = $1", [id, `query ${index}`]);
        return rows[0]!.id === id && rows[0]!.echo === `query ${index}`;
      }),
    );
    const failures = outcomes.filter((outcome) => outcome.status === "rejected").map((outcome) => String((outcome as PromiseRejectedResult).reason));
    expect(failures).toEqual([]);
    expect(outcomes.every((outcome) => outcome.status === "fulfilled" && outcome.value)).toBe(true);
    const { rows } = await pool.query<{ total: number }>("SELECT sum(value)::int AS total FROM counter");
    expect(rows[0]!.total).toBe(75);
  });

  it("frees the session when a connection goes away in the middle of a transaction", async () => {
    const client = new pg.Client({ connectionString: database.url });
    client.on("error", () => undefined);
    await client.connect();
    await client.query("BEGIN");
    await client.query("UPDATE counter SET value = -100 WHERE id = 1");
    // Gone without COMMIT or ROLLBACK, like a crashed process.
    (client as unknown as { connection: { stream: { destroy: () => void } } }).connection.stream.destroy();
    const { rows } = await pool.query<{ value: number }>("SELECT value FROM counter WHERE id = $1", [1]);
    expect(rows[0]!.value).toBeGreaterThanOrEqual(0);
  });
});
