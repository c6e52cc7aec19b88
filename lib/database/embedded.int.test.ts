import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
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

// Each checkout's embedded database is its own folder (.data/), served on an endpoint of that folder
// only. The processes here are real: test/hold-embedded-database.ts opens a folder the way
// `npm run dev` does and holds it; the app and the CLI commands run as a user runs them.

const root = path.resolve(import.meta.dirname, "../..");
const folders: string[] = [];
const processes: ChildProcess[] = [];

afterEach(async () => {
  await Promise.all(processes.splice(0).map(stopProcess));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

// Each test starts real processes, and a new folder's first start runs initdb in WebAssembly: seconds
// on an idle machine, a minute on a busy one.
describe("an embedded database per data folder", { timeout: 180_000 }, () => {
  it("serves two data folders at once, each its own database: one on a socket in the folder, one (path too long for a socket) on a free port", async () => {
    const first = newFolder();
    const second = path.join(newFolder(), "a-folder-name-long-enough-that-its-socket-path-would-not-fit-in-a-unix-socket-address");
    const [firstUrl, secondUrl] = await Promise.all([holdFolder(first), holdFolder(second)]);
    expect(firstUrl).toBe(`postgresql://postgres@localhost/postgres?host=${encodeURIComponent(first)}`);
    expect(secondUrl).toMatch(/^postgresql:\/\/postgres@127\.0\.0\.1:\d+\/postgres/);

    await query(firstUrl, "CREATE TABLE only_in_the_first (id int)");
    expect(await query(firstUrl, "SELECT to_regclass('only_in_the_first')::text AS name")).toEqual([{ name: "only_in_the_first" }]);
    expect(await query(secondUrl, "SELECT to_regclass('only_in_the_first')::text AS name")).toEqual([{ name: null }]);
  });

  it("refuses a second app on the same folder with one line naming the running process and what to do", async () => {
    const folder = newFolder();
    const holder = await startHolder(folder);
    const second = await runToEnd(["scripts/app.ts", "dev", "-p", "3999"], folder);
    expect(second.code).toBe(1);
    expect(second.stderr.trimEnd().split("\n")).toEqual([
      `The embedded database in ${folder} is already open in process ${holder.child.pid} (test/hold-embedded-database.ts): stop that process first, or use DATABASE_URL or another EMBEDDED_DATABASE_DIR.`,
    ]);
    // The first one still serves.
    expect(await query(holder.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });

  it("lets a CLI command beside the running app work on the app's database", async () => {
    const folder = newFolder();
    const holder = await startHolder(folder);
    const migrate = await runToEnd(["scripts/db-migrate.ts"], folder);
    expect(migrate.stderr).toBe("");
    expect(migrate.code).toBe(0);
    const [applied] = await query<{ count: number }>(holder.url, "SELECT count(*)::int AS count FROM _prisma_migrations");
    expect(applied!.count).toBeGreaterThan(0);
  });

  it("opens a folder again after the process that had it open was killed", async () => {
    const folder = newFolder();
    const killed = await startHolder(folder);
    await query(killed.url, "CREATE TABLE kept (id int)");
    await query(killed.url, "CHECKPOINT");
    killed.child.kill("SIGKILL");
    await exitOf(killed.child);
    const url = await holdFolder(folder);
    expect(await query(url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });
});

function newFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "embedded-"));
  folders.push(folder);
  return folder;
}

function environment(folder: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_DATABASE_DIR: folder };
  // As a user's shell has it: no database server, and the command named by its script, not by npm test.
  for (const name of ["DATABASE_URL", "EMBEDDED_DATABASE_PORT", "npm_lifecycle_event", "NEXTAUTH_SECRET"]) delete env[name];
  return env;
}

function spawnScript(args: string[], folder: string): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: root, env: environment(folder), stdio: ["pipe", "pipe", "pipe"] });
  processes.push(child);
  return child;
}

async function startHolder(folder: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawnScript(["test/hold-embedded-database.ts"], folder);
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /^ready (\S+)$/m.exec(output);
      if (ready) resolve(ready[1]!);
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`the holder ended (exit ${code}) before it was ready:\n${output}`)));
  });
  return { child, url };
}

async function holdFolder(folder: string): Promise<string> {
  return (await startHolder(folder)).url;
}

async function runToEnd(args: string[], folder: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnScript(args, folder);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await exitOf(child);
  return { code, stdout, stderr };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** Closing stdin stops a holder cleanly (test/hold-embedded-database.ts); anything still running after that is killed. */
async function stopProcess(child: ChildProcess): Promise<void> {
  child.stdin?.end();
  const exited = exitOf(child);
  const killTimer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(killTimer);
}

async function query<Row = Record<string, unknown>>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}
