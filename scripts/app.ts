// `npm run dev`, `npm run build`, `npm start`: prepare the database (embedded unless DATABASE_URL
// is set), then run Next with DATABASE_URL pointing at it.
import "./load-env";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensurePrismaClient } from "./prisma-generate";
import { DATA_DIR, openDatabase } from "./embedded-database";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "build" && mode !== "start") {
  console.error("usage: tsx scripts/app.ts dev|build|start");
  process.exit(2);
}

ensurePrismaClient();
const { prepareDatabase } = await import("../lib/database/prepare");
const { productionSecretProblem } = await import("../lib/auth/secret");

const port = Number(process.env.PORT ?? 3000);
const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
env.NEXTAUTH_URL ??= `http://localhost:${port}`;

if (mode === "dev") env.NEXTAUTH_SECRET ??= developmentSecret();
if (mode === "start") {
  const problem = productionSecretProblem(env);
  if (problem) {
    console.error(`Refusing to start: ${problem}`);
    process.exit(1);
  }
}

const database = await openDatabase();
env.DATABASE_URL = database.url;
const prepared = await prepareDatabase(database.url, (line) => console.log(`[database] ${line}`));

const nextBin = path.resolve(import.meta.dirname, "../node_modules/next/dist/bin/next");
const nextArgs = mode === "build" ? ["build"] : [mode, "-p", String(port)];
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
  const site = env.NEXTAUTH_URL;
  const lines = [
    "",
    `  Site:       ${site}/`,
    `  Dashboard:  ${site}/admin`,
    `  Database:   ${database.isEmbedded ? `embedded PostgreSQL (PGlite) in .data/, at ${database.url}` : "DATABASE_URL"}`,
  ];
  console.log(lines.join("\n"));
  printFirstAdmin();
}

function printFirstAdmin() {
  const lines: string[] = [];
  const admin = prepared.firstAdmin;
  if (admin?.password) {
    lines.push(`  First admin created. Sign in as ${admin.email} with password: ${admin.password}`, "  (shown once; add users with `npm run user:create`)");
  } else if (admin) {
    lines.push(`  First admin created from ADMIN_EMAIL/ADMIN_PASSWORD: ${admin.email}`);
  } else {
    lines.push("  Sign in with your account; a forgotten password is reset with `npm run user:create -- --reset-password --email you@example.com`.");
  }
  console.log(lines.join("\n") + "\n");
}

function developmentSecret(): string {
  const file = path.join(DATA_DIR, "development-auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
