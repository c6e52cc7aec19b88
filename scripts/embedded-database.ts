import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase } from "../lib/database/embedded";

export const DATA_DIR = path.resolve(import.meta.dirname, "../.data");
const PGLITE_DIR = path.join(DATA_DIR, "pglite");
const RUNNING_FILE = path.join(DATA_DIR, "embedded-database.json");

type Running = { pid: number; url: string };

function runningElsewhere(): Running | null {
  if (!existsSync(RUNNING_FILE)) return null;
  const running = JSON.parse(readFileSync(RUNNING_FILE, "utf8")) as Running;
  try {
    process.kill(running.pid, 0);
    return running;
  } catch {
    return null; // left behind by a process that died
  }
}

/**
 * The database a command should use: DATABASE_URL when set; otherwise the embedded database in
 * .data/, reached through the process that already serves it or opened here (only one process may
 * open a PGlite folder at a time).
 */
export async function openDatabase(): Promise<{ url: string; isEmbedded: boolean; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  const running = runningElsewhere();
  if (running) return { url: running.url, isEmbedded: true, stop: async () => {} };
  mkdirSync(DATA_DIR, { recursive: true });
  const port = Number(process.env.EMBEDDED_DATABASE_PORT ?? 54329);
  const embedded = await startEmbeddedDatabase({ dataDir: PGLITE_DIR, port });
  writeFileSync(RUNNING_FILE, JSON.stringify({ pid: process.pid, url: embedded.url } satisfies Running));
  return {
    url: embedded.url,
    isEmbedded: true,
    async stop() {
      rmSync(RUNNING_FILE, { force: true });
      await embedded.stop();
    },
  };
}
