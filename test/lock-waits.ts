import { expect, vi } from "vitest";
import { db } from "../lib/db";

/**
 * Waits until a statement in this test's database waits on another transaction's lock: the moment
 * a race test lets the first transaction go on. On the embedded database (one PostgreSQL session
 * that connections take in turn) a second transaction cannot start while the first is open: it is
 * queued behind it by construction, and asking pg_stat_activity would queue behind it too.
 */
export async function untilAStatementWaitsOnALock(): Promise<void> {
  if (!process.env.TEST_DATABASE_SERVER_URL) return;
  await vi.waitFor(
    async () => {
      const [waiting] = await db.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      expect(waiting!.count).toBeGreaterThan(0);
    },
    { timeout: 10_000 },
  );
}
