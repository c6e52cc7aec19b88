// `npm test`: unit and integration tests (vitest), then end-to-end tests (Playwright in Chromium)
// against a production build. With DATABASE_URL, every database is created on that server and
// dropped after; without it, embedded databases are used. `npm test -- unit|integration|e2e` runs one part.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
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

type PreparedEndToEnd = { env: NodeJS.ProcessEnv; database: { drop: () => Promise<void> } };

/** A test database like a fresh install's (plus the journeys' users and fixtures), and a production build of the app on it. */
async function prepareEndToEnd(): Promise<PreparedEndToEnd | null> {
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
  const database = await createTestDatabase("e2e");
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    E2E_DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: origin,
    // The test server speaks plain http on 127.0.0.1 (production refuses that otherwise: lib/auth/site-url.ts).
    ALLOW_INSECURE_HTTP: "1",
    E2E_BASE_URL: origin,
    PORT: String(port),
    NEXT_DIST_DIR: distDir,
    E2E_STATE_DIR: runDir,
    // Types are checked by `npm run typecheck`.
    NEXT_SKIP_TYPECHECK: "1",
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, "playwright.json"),
    NEXT_TELEMETRY_DISABLED: "1",
    // Scheduled publications are looked for every second, so e2e/scheduling.spec.ts waits seconds, not half a minute.
    SCHEDULE_CHECK_SECONDS: "1",
  };
  try {
    // Users first, so the first start finds them and creates no admin of its own.
    await applyMigrations(database.url);
    await createE2eUsers(database.url);
    await prepareDatabase(database.url, () => undefined);
    // After the article's import; before the build, which prerenders the public pages from these rows.
    await prepareE2eFixtures(database.url);
    console.log("\nBuilding the app for the end-to-end tests (next build)…");
    const nextBin = path.join(root, "node_modules/next/dist/bin/next");
    // Its output is held and printed whole, so it does not cut through vitest's.
    const build = await withUntouchedTsconfig(root, () => runQuietly(process.execPath, [nextBin, "build"], env));
    console.log(`\nThe app for the end-to-end tests (next build):\n${build.output.trimEnd()}`);
    if (build.code !== 0) {
      problems++;
      console.error("next build failed; the end-to-end tests did not run.");
      await database.drop();
      return null;
    }
    return { env, database };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

async function runEndToEnd(prepared: PreparedEndToEnd | null) {
  if (!prepared) return;
  const { env, database } = prepared;
  try {
    const code = await run(process.execPath, [path.join(root, "node_modules/@playwright/test/cli.js"), "test", "--reporter=list,json", ...playwrightArgs], env);
    const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(env.PLAYWRIGHT_JSON_OUTPUT_NAME!);
    if (!report) {
      problems++;
      console.error(`Playwright ended (exit ${code}) without a report`);
      return;
    }
    tally.passed += report.stats.expected;
    tally.failed += report.stats.unexpected + report.stats.flaky;
    if (code !== 0 && report.stats.unexpected === 0) problems++;
  } finally {
    await database.drop();
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

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}
