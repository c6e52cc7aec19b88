// `npm run dev`, `npm run build`, `npm start`: prepare the database (embedded unless DATABASE_URL
// is set), then run Next with DATABASE_URL pointing at it.
import "./load-env";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensurePrismaClient } from "./prisma-generate";
import { parseAppArguments } from "./app-arguments";
import { DATA_DIR, openDatabase } from "./embedded-database";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "build" && mode !== "start") {
  console.error("usage: tsx scripts/app.ts dev|build|start");
  process.exit(2);
}
// Next's own -p/--port and -H/--hostname, passed through; anything else is refused here, in one line.
const parsedArguments = parseAppArguments(mode, process.argv.slice(3), process.env.PORT);
if (parsedArguments.kind !== "run") {
  (parsedArguments.kind === "help" ? console.log : console.error)(parsedArguments.text);
  process.exit(parsedArguments.kind === "help" ? 0 : 2);
}
const address = parsedArguments;

ensurePrismaClient();
const { prepareDatabase } = await import("../lib/database/prepare");
const { productionSecretProblem } = await import("../lib/auth/secret");
const { productionStartProblem } = await import("../lib/auth/startup-check");
const { firstAdminLines } = await import("../lib/users/first-admin");

const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(address.port) };
// Production needs the address people use (cookies, links): `npm start` does not guess it.
if (mode !== "start") env.NEXTAUTH_URL ??= address.origin;

if (mode === "dev") env.NEXTAUTH_SECRET ??= developmentSecret();
if (mode === "start") {
  const problem = productionSecretProblem(env) ?? productionStartProblem(env);
  if (problem) {
    console.error(`Refusing to start: ${problem}`);
    process.exit(1);
  }
}

// A second app on the same folder is refused (they would share one PGlite session); a build goes through a running app.
const database = await openDatabase(mode === "build" ? "reach" : "refuse");
env.DATABASE_URL = database.url;
const prepared = await prepareDatabase(database.url, (line) => console.log(`[database] ${line}`));

const nextBin = path.resolve(import.meta.dirname, "../node_modules/next/dist/bin/next");
const nextArgs = mode === "build" ? ["build"] : [mode, ...address.nextFlags];
const child = spawn(process.execPath, [nextBin, ...nextArgs], { env, stdio: ["inherit", "pipe", "inherit"] });

if (mode === "build") printFirstAdmin();
let bannerShown = mode === "build";
child.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!bannerShown && /Ready in|✓ Ready/.test(chunk.toString())) {
    bannerShown = true;
    printBanner();
  }
});

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", async (code, signal) => {
  await database.stop(); // flushes the embedded database to disk
  process.exit(code ?? (signal ? 0 : 1));
});

function printBanner() {
  // The address Next serves; NEXTAUTH_URL, when it differs (a proxy, a public name), is where sign-in redirects go.
  const site = address.origin;
  const lines = [
    "",
    `  Site:       ${site}/`,
    `  Dashboard:  ${site}/admin`,
    ...(env.NEXTAUTH_URL && new URL(env.NEXTAUTH_URL).origin !== site ? [`  Public URL: ${env.NEXTAUTH_URL} (NEXTAUTH_URL)`] : []),
    `  Database:   ${database.isEmbedded ? `embedded PostgreSQL (PGlite) in ${shownDataDir()}/, at ${database.url}` : "DATABASE_URL"}`,
  ];
  console.log(lines.join("\n"));
  printFirstAdmin();
}

function printFirstAdmin() {
  console.log(firstAdminLines(prepared.firstAdmin).join("\n") + "\n");
}

function shownDataDir(): string {
  const relative = path.relative(process.cwd(), DATA_DIR);
  return relative.startsWith("..") || path.isAbsolute(relative) ? DATA_DIR : relative || ".";
}

function developmentSecret(): string {
  const file = path.join(DATA_DIR, "development-auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
