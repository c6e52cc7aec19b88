import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { fitsUnixSocket, socketFile, startEmbeddedDatabase, type EmbeddedEndpoint } from "./embedded";

/** The process that has a data folder open, as recorded in the folder's lock file. */
export type FolderHolder = { pid: number; command: string; url?: string; endpoint?: EmbeddedEndpoint };

export type OpenedFolder = { url: string; openedHere: boolean; stop: () => Promise<void> };

/** A problem the user can act on, told in one line (the launcher prints it without a stack trace). */
export class EmbeddedFolderProblem extends Error {}

export class DataFolderInUse extends EmbeddedFolderProblem {
  constructor(
    readonly dataDir: string,
    readonly holder: FolderHolder,
  ) {
    super(
      `The embedded database in ${dataDir} is already open in process ${holder.pid} (${holder.command}): stop that process first, or use DATABASE_URL or another EMBEDDED_DATABASE_DIR.`,
    );
  }
}

const LOCK_NAME = "embedded-database.json";
const STARTING_TIMEOUT_MS = 60_000;

/**
 * Opens the embedded database kept in `dataDir` (PGlite data in `dataDir/pglite`). PGlite lets one
 * process open a folder, so the first takes it (a lock file naming its pid and command, created in
 * one atomic step) and serves it on an endpoint of this folder only: a Unix socket inside it, or,
 * where there is none (Windows, a path too long for a socket), a free TCP port written in the lock
 * file. Two checkouts therefore never collide. When the folder is already open, `ifOpen: "reach"`
 * connects through the holder (the CLI commands while `npm run dev` runs) and `"refuse"` throws
 * DataFolderInUse (a second app). A lock left by a process that died is taken over.
 * `port`: serve on that fixed TCP port instead (EMBEDDED_DATABASE_PORT).
 */
export async function openEmbeddedFolder(dataDir: string, options: { command: string; ifOpen: "reach" | "refuse"; port?: number }): Promise<OpenedFolder> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lockFile = path.join(dataDir, LOCK_NAME);
  const me: FolderHolder = { pid: process.pid, command: options.command };
  const deadline = Date.now() + STARTING_TIMEOUT_MS;
  for (;;) {
    if (tryToCreate(lockFile, me)) return serve(dataDir, lockFile, me, options.port);
    const holder = readHolder(lockFile);
    if (holder === "gone") continue;
    if (holder && (await isServing(holder))) {
      if (options.ifOpen === "refuse") throw new DataFolderInUse(dataDir, holder);
      if (holder.url) return { url: holder.url, openedHere: false, stop: async () => {} };
      // Still starting: its address is written as soon as it listens.
      if (Date.now() > deadline) throw new DataFolderInUse(dataDir, holder);
      await delay(100);
      continue;
    }
    rmSync(lockFile, { force: true }); // left behind by a process that died, or unreadable
  }
}

async function serve(dataDir: string, lockFile: string, me: FolderHolder, port: number | undefined): Promise<OpenedFolder> {
  const endpoint: EmbeddedEndpoint = port !== undefined ? { port } : fitsUnixSocket(dataDir) ? { socketDir: dataDir } : { port: 0 };
  let embedded;
  try {
    // This process holds the lock, so a socket file still there was left by one that died.
    if ("socketDir" in endpoint) rmSync(socketFile(dataDir), { force: true });
    embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite"), endpoint });
  } catch (error) {
    rmSync(lockFile, { force: true });
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE")
      throw new EmbeddedFolderProblem(`Port ${port} (EMBEDDED_DATABASE_PORT) is used by another program: choose another port or unset EMBEDDED_DATABASE_PORT.`);
    throw error;
  }
  const resolvedEndpoint: EmbeddedEndpoint = "socketDir" in endpoint ? endpoint : { port: Number(new URL(embedded.url).port) };
  writeAtomically(lockFile, { ...me, url: embedded.url, endpoint: resolvedEndpoint });
  return {
    url: embedded.url,
    openedHere: true,
    async stop() {
      rmSync(lockFile, { force: true });
      await embedded.stop();
    },
  };
}

/** Creates the lock file with its whole content, or returns false when it exists (a hard link is created or refused in one step). */
function tryToCreate(lockFile: string, holder: FolderHolder): boolean {
  const draft = `${lockFile}.${process.pid}`;
  writeFileSync(draft, JSON.stringify(holder));
  try {
    linkSync(draft, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

function writeAtomically(file: string, holder: FolderHolder): void {
  const draft = `${file}.${process.pid}`;
  writeFileSync(draft, JSON.stringify(holder));
  renameSync(draft, file);
}

/** The lock file's holder; null when the file cannot be read as one, "gone" when it was removed meanwhile. */
function readHolder(lockFile: string): FolderHolder | null | "gone" {
  let text;
  try {
    text = readFileSync(lockFile, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw error;
  }
  try {
    const holder = JSON.parse(text) as Partial<FolderHolder>;
    return typeof holder.pid === "number" ? { command: "unknown command", ...holder, pid: holder.pid } : null;
  } catch {
    return null;
  }
}

/** The holder's process is alive and, once it has an address, answers there (a recycled pid does not). */
async function isServing(holder: FolderHolder): Promise<boolean> {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  if (!holder.url) return true;
  const endpoint = holder.endpoint ?? { port: Number(new URL(holder.url).port) };
  return new Promise((resolve) => {
    const socket = "socketDir" in endpoint ? net.connect({ path: socketFile(endpoint.socketDir) }) : net.connect({ host: "127.0.0.1", port: endpoint.port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
