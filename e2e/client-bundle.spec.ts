import { expect, test } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { signedInAs } from "./helpers/auth";
import { e2eUsers } from "./helpers/users";

// No secret and no server-only code reaches the browser: every file of the build's client output
// (<distDir>/static, what /_next/static serves) is scanned for the secrets this run was built with
// and for the marks of server-only modules; and the scripts the dashboard actually loads are among
// the scanned files.

const root = fileURLToPath(new URL("..", import.meta.url));
const staticDir = path.join(root, process.env.NEXT_DIST_DIR ?? ".next-test", "static");

function clientFiles(): Array<{ file: string; text: string }> {
  return (readdirSync(staticDir, { recursive: true }) as string[])
    .filter((file) => /\.(js|css|json|txt|map)$/.test(file))
    .map((file) => ({ file: file.split(path.sep).join("/"), text: readFileSync(path.join(staticDir, file), "utf8") }));
}

function forbiddenInTheBrowser(): Record<string, string> {
  const databaseName = new URL(process.env.E2E_DATABASE_URL!).pathname.slice(1);
  return {
    "the session secret (NEXTAUTH_SECRET)": process.env.NEXTAUTH_SECRET!,
    "the database URL": process.env.E2E_DATABASE_URL!,
    // A run's own database on a PostgreSQL server (the embedded one is just "postgres").
    ...(databaseName.startsWith("cms_") ? { "the database's name": databaseName } : {}),
    "the test admin's password": e2eUsers.admin.password,
    "the test editor's password": e2eUsers.editor.password,
    "a PostgreSQL connection string": "postgresql://",
    "argon2 (lib/users/passwords.ts)": "argon2",
    "the Prisma client": "PrismaClient",
    "Prisma's packages": "@prisma/",
    "the pg driver's protocol": "pg-protocol",
    "the embedded database": "pglite",
    "password hashes": "passwordHash",
    "the sign-in throttle (lib/auth/throttle.ts)": "LoginThrottle",
    "lib/db.ts": "DATABASE_URL is not set",
    "lib/auth/secret.ts": "NEXTAUTH_SECRET is not set",
    "next-auth's server (JWT encryption)": "A256GCM",
    "Node's crypto": "node:crypto",
  };
}

test("the built client files hold no secret and no server-only module", () => {
  const files = clientFiles();
  expect(files.filter((file) => file.file.endsWith(".js")).length, "client scripts found").toBeGreaterThan(5);
  const found: string[] = [];
  for (const [what, needle] of Object.entries(forbiddenInTheBrowser())) {
    expect(needle.length, what).toBeGreaterThan(5);
    for (const { file, text } of files) if (text.includes(needle)) found.push(`${what} in ${file}`);
  }
  expect(found).toEqual([]);
});

test("the scripts the dashboard and the public site load are among the scanned files", async ({ browser }) => {
  const scanned = new Set(clientFiles().map((file) => `/_next/static/${file.file}`));
  const context = await browser.newContext({ storageState: signedInAs.admin.storageState });
  const page = await context.newPage();
  const loaded: string[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith(".js")) loaded.push(url.pathname);
  });
  for (const pathName of ["/", "/admin/cities", "/admin/users", "/login"]) {
    await page.goto(pathName);
    await page.waitForLoadState("load");
  }
  expect(loaded.length).toBeGreaterThan(3);
  expect(loaded.filter((url) => !scanned.has(url))).toEqual([]);
  // And the page itself hands the browser no secret either.
  const html = await page.content();
  for (const [what, needle] of Object.entries(forbiddenInTheBrowser())) expect(html.includes(needle), what).toBe(false);
  await context.close();
});
