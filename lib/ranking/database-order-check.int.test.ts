import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededDatabaseWithEditor } from "../../test/content-fixtures";

// What the database itself enforces (prisma/migrations/20261203100000_check_order_once_per_transaction):
// ranks and FAQ positions are 1..N at every commit, whoever writes them. Hand-written SQL here, as a
// script or psql would send it, on connections of its own.

const clients: pg.Client[] = [];
async function connection(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  clients.push(client);
  return client;
}

let sql: pg.Client;
beforeAll(async () => {
  await seededDatabaseWithEditor();
  sql = await connection();
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.end()));
});

const storedRanks = async () => (await sql.query<{ rank: number; id: number }>(`SELECT id, rank FROM "City" WHERE rank IS NOT NULL ORDER BY rank`)).rows;

/** Runs the statements as one transaction; resolves when it committed, rejects with the error that ended it (rolled back). */
async function transaction(client: pg.Client, statements: string[]): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const statement of statements) await client.query(statement);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

describe("the database's check of the ranking", () => {
  it("refuses a commit that leaves a gap, though each statement on its own looks harmless", async () => {
    const before = await storedRanks();
    await expect(
      transaction(sql, [
        `UPDATE "City" SET rank = rank + 1 WHERE rank >= 5`,
        `UPDATE "City" SET summary = 'Edited in the same transaction.' WHERE rank = 1`,
        `UPDATE "City" SET rank = 5 WHERE rank = 16`,
        `UPDATE "City" SET rank = 17 WHERE rank = 6`,
      ]),
    ).rejects.toThrow(/rank of "City" must be contiguous from 1 \(15 rows, highest 17\)/);
    expect(await storedRanks()).toEqual(before);
  });

  it("refuses a commit that leaves two cities on one rank", async () => {
    const before = await storedRanks();
    // 1..15 with 2 moved onto 1: fifteen ranks, the highest 15, but not 1..N.
    await expect(transaction(sql, [`UPDATE "City" SET rank = 20 WHERE rank = 2`, `UPDATE "City" SET rank = 1 WHERE rank = 20`])).rejects.toThrow(
      /unique constraint "City_rank_key"/,
    );
    expect(await storedRanks()).toEqual(before);
  });

  it("accepts a transaction of several statements that passes through gaps and duplicates and ends at 1..N", async () => {
    const before = await storedRanks();
    await transaction(sql, [
      `UPDATE "City" SET rank = rank + 1`,
      `UPDATE "City" SET rank = 1 WHERE rank = 16`,
      `UPDATE "City" SET rank = 3 WHERE rank = 2`,
      `UPDATE "City" SET rank = 2 WHERE id = ${before[0]!.id}`,
    ]);
    const after = await storedRanks();
    expect(after.map((row) => row.rank)).toEqual(before.map((row) => row.rank));
    expect(after.map((row) => row.id)).toEqual([before[14]!.id, before[0]!.id, ...before.slice(1, 14).map((row) => row.id)]);
  });

  it("checks again what changes after an early check (SET CONSTRAINTS … IMMEDIATE) and after a rolled-back savepoint", async () => {
    const before = await storedRanks();
    await expect(
      transaction(sql, [
        `UPDATE "City" SET rank = rank`,
        `SET CONSTRAINTS ALL IMMEDIATE`,
        `SET CONSTRAINTS ALL DEFERRED`,
        `UPDATE "City" SET rank = 99 WHERE rank = 15`,
      ]),
    ).rejects.toThrow(/contiguous/);
    await expect(
      transaction(sql, [
        `SAVEPOINT first`,
        `UPDATE "City" SET rank = 99 WHERE rank = 15`,
        `ROLLBACK TO SAVEPOINT first`,
        `UPDATE "City" SET rank = 98 WHERE rank = 15`,
      ]),
    ).rejects.toThrow(/contiguous/);
    expect(await storedRanks()).toEqual(before);
  });

  it("holds FAQ positions to the same rule", async () => {
    await expect(
      transaction(sql, [`UPDATE "FaqEntry" SET position = position + 1`, `UPDATE "FaqEntry" SET answer = answer || ' ' WHERE position = 2`]),
    ).rejects.toThrow(/position of "FaqEntry" must be contiguous from 1/);
  });
});

// Two transactions at once need two sessions: PostgreSQL, not the embedded database (PGlite is one
// session, so there a second transaction cannot exist). `npm test` with DATABASE_URL, as CI runs it.
if (process.env.TEST_DATABASE_SERVER_URL) {
  describe("the database's check of the ranking, with two sessions", () => {
    it("refuses the second of two transactions that are each contiguous but together leave a gap", async () => {
      const before = await storedRanks();
      const [first, second] = [await connection(), await connection()];
      // The first unpublishes the last city (1..14), the second appends one at 16 (1..16): both pass on their own.
      await first.query("BEGIN");
      await first.query(`UPDATE "City" SET rank = NULL, status = 'DRAFT' WHERE rank = 15`);
      await first.query("SET CONSTRAINTS ALL IMMEDIATE");
      await second.query("BEGIN");
      await second.query(
        `INSERT INTO "City" (slug, name, country, summary, profile, "focusAreas", status, rank, "updatedAt")
         VALUES ('appended', 'Appended', 'Testland', 'Appended by hand.', 'By hand.', '{iot}', 'PUBLISHED', 16, now())`,
      );
      // The second's check waits for the first transaction, which holds the check's lock until it ends…
      const secondCheck = second.query("SET CONSTRAINTS ALL IMMEDIATE").then(
        () => null,
        (error: Error) => error,
      );
      await waitForLockWaiter(sql);
      await first.query("COMMIT");
      // …then counts with the first one's change committed, and refuses.
      expect((await secondCheck)?.message).toMatch(/contiguous from 1 \(15 rows, highest 16\)/);
      await second.query("ROLLBACK");

      const after = await storedRanks();
      expect(after.map((row) => row.rank)).toEqual(before.slice(0, 14).map((row) => row.rank));
      await transaction(sql, [`UPDATE "City" SET status = 'PUBLISHED', rank = 15 WHERE id = ${before[14]!.id}`]);
      expect(await storedRanks()).toEqual(before);
    });
  });
}

/** Resolves once some session waits for an advisory lock (the order check's), polling the lock table. */
async function waitForLockWaiter(client: pg.Client): Promise<void> {
  for (;;) {
    const { rows } = await client.query<{ waiting: number }>(`SELECT count(*)::int AS waiting FROM pg_locks
       WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`);
    if (rows[0]!.waiting > 0) return;
  }
}
