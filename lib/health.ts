import "server-only";
import { db } from "./db";

const TIMEOUT_MS = 3_000;

export async function databaseHealth(): Promise<{ status: "ok"; latencyMs: number } | { status: "unreachable"; error: string }> {
  const started = performance.now();
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)),
    ]);
    return { status: "ok", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: "unreachable", error: error instanceof Error ? error.message.split("\n")[0]! : "unknown error" };
  }
}
