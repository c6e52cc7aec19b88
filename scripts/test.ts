// `npm test`: unit and integration tests (vitest), then end-to-end tests (Playwright in Chromium)
// against a production build. With DATABASE_URL, every database is created on that server and
// dropped after; without it, embedded databases are used. `npm test -- unit|integration|e2e` runs one part.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import { freePort } from "./free-port";
import path from "node:path";
import { ensurePrismaClient } from "./prisma-generate";
import { withUntouchedTsconfig } from "./untouched-tsconfig";

const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR ?? ".next-test";
// Per build folder, so two runs at once (NEXT_DIST_DIR=…) do not share reports, traces or sessions.
const runDir = path.join(root, "tmp", `e2e${distDir.replace(/^\.next/, "")}`);
const reports = path.join(runDir, "reports");
const PARTS = ["unit", "integration", "e2e"];
const parts = process.argv.slice(2).filter((arg) => PARTS.includes(arg));
// Anything else is passed to Playwright: `npm test -- e2e e2e/dashboard-ranking.spec.ts`.
const playwrightArgs = process.argv.slice(2).filter((arg) => !PARTS.includes(arg));
const runs = (part: string) => parts.length === 0 || parts.includes(part);
const serverUrl = process.env.DATABASE_URL;
// Against a PostgreSQL server the journeys run in two shards at once, each with its own copy of
// the database and its own server: on 2 cores that took the end-to-end run from about 11.5 to
// SHARD_MINUTES minutes. A run of chosen spec files (arguments for Playwright) stays one process.
const shardCount = Math.max(1, Number(process.env.E2E_SHARDS ?? (serverUrl && playwrightArgs.length === 0 ? 2 : 1)));

type Tally = { passed: number; failed: number };
const tally: Tally = { passed: 0, failed: 0 };
let problems = 0;

ensurePrismaClient();
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
console.log(
  serverUrl
    ? `Testing against the PostgreSQL server in DATABASE_URL (databases created and dropped per run).`
    : "Testing against embedded databases (set DATABASE_URL to use a PostgreSQL server).",
);

const vitestProjects = ["unit", "integration"].filter(runs);
// The end-to-end build (busy on the CPU) overlaps vitest (mostly waiting on PostgreSQL); Playwright
// starts once both are done, with the machine to itself for its journeys.
const endToEnd = runs("e2e")
  ? prepareEndToEnd().catch((error: unknown) => {
      problems++;
      console.error("Preparing the end-to-end tests failed; they did not run:", error);
      return null;
    })
  : null;
if (vitestProjects.length) await runVitest(vitestProjects);
if (endToEnd) await runEndToEnd(await endToEnd);

console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 || problems > 0 ? 1 : 0);

async function runVitest(projects: string[]) {
  const output = path.join(reports, "vitest.json");
  const env: NodeJS.ProcessEnv = { ...process.env, TEST_DATABASE_SERVER_URL: serverUrl ?? "" };
  delete env.DATABASE_URL;
  const code = await run(
    process.execPath,
    [
      path.join(root, "node_modules/vitest/vitest.mjs"),
      "run",
      ...projects.flatMap((project) => ["--project", project]),
      "--reporter=default",
      "--reporter=json",
      `--outputFile=${output}`,
    ],
    env,
  );
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(output);
  if (!report) {
    problems++;
    console.error(`vitest ended (exit ${code}) without a report`);
    return;
  }
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  if (code !== 0 && report.numFailedTests === 0) problems++;
}

/** One Playwright process: its own database, server port, build folder and state (sessions, traces, report). */
type Shard = { env: NodeJS.ProcessEnv; drop: () => Promise<void> };

/** The test databases (like a fresh install's, plus the journeys' users and fixtures) and a production build of the app on them. */
async function prepareEndToEnd(): Promise<Shard[] | null> {
  const chromium = findChromium();
  if (!chromium) {
    problems++;
    console.error("No Chromium for the end-to-end tests: install one (Debian: `apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary.");
    return null;
  }
  const { createTestDatabase } = await import("../test/databases");
  const { prepareDatabase } = await import("../lib/database/prepare");
  const { applyMigrations } = await import("../lib/database/migrations");
  const { createE2eUsers } = await import("../e2e/helpers/users");
  const { prepareE2eFixtures } = await import("../e2e/helpers/fixtures");
  process.env.TEST_DATABASE_SERVER_URL = serverUrl ?? "";
  const databases = [await createTestDatabase("e2e")];
  const dropAll = () => Promise.all(databases.map((database) => database.drop()));
  const secret = randomBytes(32).toString("base64url");
  const shards: Shard[] = [];
  try {
    // Users first, so the first start finds them and creates no admin of its own.
    await applyMigrations(databases[0]!.url);
    await createE2eUsers(databases[0]!.url);
    await prepareDatabase(databases[0]!.url, () => undefined);
    // After the article's import; before the build, which prerenders the public pages from these rows.
    await prepareE2eFixtures(databases[0]!.url);
    // Exact copies, so the pages the build prerendered agree with every shard's database.
    while (databases.length < shardCount) databases.push(await createTestDatabase("e2e", { copyOf: databases[0] }));
    for (const [index, database] of databases.entries()) {
      const port = await freePort();
      const origin = `http://127.0.0.1:${port}`;
      const stateDir = shardCount === 1 ? runDir : path.join(runDir, `shard-${index + 1}`);
      shards.push({
        drop: database.drop,
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          E2E_DATABASE_URL: database.url,
          NEXTAUTH_SECRET: secret,
          NEXTAUTH_URL: origin,
          // The test server speaks plain http on 127.0.0.1 (production refuses that otherwise: lib/auth/site-url.ts).
          ALLOW_INSECURE_HTTP: "1",
          E2E_BASE_URL: origin,
          PORT: String(port),
          NEXT_DIST_DIR: index === 0 ? distDir : `${distDir}-shard-${index + 1}`,
          E2E_STATE_DIR: stateDir,
          // Types are checked by `npm run typecheck`.
          NEXT_SKIP_TYPECHECK: "1",
          CHROMIUM_PATH: chromium,
          PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, `playwright-${index + 1}.json`),
          NEXT_TELEMETRY_DISABLED: "1",
          // Scheduled publications are looked for every second, so e2e/scheduling.spec.ts waits seconds, not half a minute.
          SCHEDULE_CHECK_SECONDS: "1",
        },
      });
    }
    console.log("\nBuilding the app for the end-to-end tests (next build)…");
    const nextBin = path.join(root, "node_modules/next/dist/bin/next");
    // Its output is held and printed whole, so it does not cut through vitest's.
    const build = await withUntouchedTsconfig(root, () => runQuietly(process.execPath, [nextBin, "build"], shards[0]!.env));
    console.log(`\nThe app for the end-to-end tests (next build):\n${build.output.trimEnd()}`);
    if (build.code !== 0) {
      problems++;
      console.error("next build failed; the end-to-end tests did not run.");
      await dropAll();
      return null;
    }
    // Every other shard serves a copy of the build (Next writes revalidated pages into its folder); the build's own cache stays behind.
    for (const shard of shards.slice(1)) {
      const copy = path.join(root, shard.env.NEXT_DIST_DIR!);
      rmSync(copy, { recursive: true, force: true });
      cpSync(path.join(root, distDir), copy, { recursive: true, filter: (source) => source !== path.join(root, distDir, "cache") });
    }
    return shards;
  } catch (error) {
    await dropAll();
    throw error;
  }
}

async function runEndToEnd(shards: Shard[] | null) {
  if (!shards) return;
  try {
    await Promise.all(
      shards.map(async (shard, index) => {
        const args = [path.join(root, "node_modules/@playwright/test/cli.js"), "test", "--reporter=list,json", ...playwrightArgs];
        if (shards.length > 1) args.push(`--shard=${index + 1}/${shards.length}`);
        const label = shards.length > 1 ? `[shard ${index + 1}/${shards.length}] ` : "";
        const code = label ? await runLabelled(label, process.execPath, args, shard.env) : await run(process.execPath, args, shard.env);
        const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(shard.env.PLAYWRIGHT_JSON_OUTPUT_NAME!);
        if (!report) {
          problems++;
          console.error(`${label}Playwright ended (exit ${code}) without a report`);
          return;
        }
        tally.passed += report.stats.expected;
        tally.failed += report.stats.unexpected + report.stats.flaky;
        if (code !== 0 && report.stats.unexpected === 0) problems++;
      }),
    );
  } finally {
    await Promise.all(shards.map((shard) => shard.drop()));
    for (const shard of shards.slice(1)) rmSync(path.join(root, shard.env.NEXT_DIST_DIR!), { recursive: true, force: true });
  }
}

function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function runQuietly(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Runs a command with every line of its output prefixed, so two at once stay readable. */
function runLabelled(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    for (const [stream, target] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) => target.write(`${label}${line}\n`));
    }
    child.on("close", (code) => resolve(code ?? 1));
  });
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}
