import "server-only";
import type { Database } from "./db";
import { db } from "./db";

const TIMEOUT_MS = 3_000;

export type DatabaseHealth = { status: "ok"; latencyMs: number } | { status: "unreachable"; error: string };
/** What /api/health tells anyone who asks: nothing about hosts, ports or drivers. */
export type PublicHealth = { status: "ok" | "unavailable" };

export async function databaseHealth(client: Database = db): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS))),
    ]);
    return { status: "ok", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: "unreachable", error: error instanceof Error ? error.message.replace(/\s+/g, " ").trim() || error.name : "unknown error" };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The health check's public answer. The driver's error text can name hosts and ports, so it goes
 * to the server's log for the operators, never into the answer.
 */
export async function publicHealth(client: Database = db): Promise<PublicHealth> {
  const database = await databaseHealth(client);
  if (database.status === "ok") return { status: "ok" };
  console.error(`Health check: the database is unreachable (${database.error})`);
  return { status: "unavailable" };
}
