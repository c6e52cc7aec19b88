import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, spawnNextStart, startAppServer } from "./helpers/app-server";
import { createThrowawayUser, deleteThrowawayUsers } from "./helpers/throwaway-users";

// What a production server insists on, checked on real `next start` processes of the build under
// test (NODE_ENV=production): it refuses to start without a proper secret or on plain http, says
// why, and `npm start` does too; served under an https address, its session cookie is Secure and
// __Secure- prefixed, and HSTS is sent; and no password ever reaches its log.

const root = fileURLToPath(new URL("..", import.meta.url));
const strongSecret = () => randomBytes(32).toString("base64url");

async function exitOf(env: Record<string, string | undefined>) {
  const { child, output, exited } = spawnNextStart(await freePort(), env);
  // A server that does not refuse would serve forever: stop waiting once it answers.
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  const code = await exited;
  clearTimeout(timer);
  return { code, output: output() };
}

test.afterAll(async () => {
  await deleteThrowawayUsers();
});

test("next start refuses to run in production without a proper NEXTAUTH_SECRET (or AUTH_SECRET), and says why", async () => {
  test.setTimeout(120_000);
  const missing = await exitOf({ NEXTAUTH_SECRET: undefined, AUTH_SECRET: undefined });
  expect(missing.code).not.toBe(0);
  expect(missing.output).toContain("Refusing to start: NEXTAUTH_SECRET is not set.");

  const weak = await exitOf({ NEXTAUTH_SECRET: "changeme", AUTH_SECRET: undefined });
  expect(weak.code).not.toBe(0);
  expect(weak.output).toContain("Refusing to start: NEXTAUTH_SECRET is too weak");

  const repetitive = await exitOf({ NEXTAUTH_SECRET: "a".repeat(40), AUTH_SECRET: undefined });
  expect(repetitive.code).not.toBe(0);
  expect(repetitive.output).toContain("too weak");

  const plainHttp = await exitOf({ NEXTAUTH_SECRET: strongSecret(), NEXTAUTH_URL: "http://cities.example.com", ALLOW_INSECURE_HTTP: undefined });
  expect(plainHttp.code).not.toBe(0);
  expect(plainHttp.output).toContain("serve the site over https");

  // Not even on this machine, unless a local trial says so.
  const loopback = await exitOf({ NEXTAUTH_SECRET: strongSecret(), NEXTAUTH_URL: "http://127.0.0.1:3000", ALLOW_INSECURE_HTTP: undefined });
  expect(loopback.code).not.toBe(0);
  expect(loopback.output).toContain("ALLOW_INSECURE_HTTP=1");

  const noAddress = await exitOf({ NEXTAUTH_SECRET: strongSecret(), NEXTAUTH_URL: undefined });
  expect(noAddress.code).not.toBe(0);
  expect(noAddress.output).toContain("Refusing to start: NEXTAUTH_URL is not set.");

  // Auth.js's name for the secret is accepted on its own.
  const server = await startAppServer({ NEXTAUTH_SECRET: undefined, AUTH_SECRET: strongSecret() });
  expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
  await server.stop();
});

test("npm start's launcher refuses without a secret before it starts anything", async () => {
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/app.ts", "start"], {
    cwd: root,
    // Empty values win over any .env file, and count as unset.
    env: { ...process.env, NEXTAUTH_SECRET: "", AUTH_SECRET: "", NODE_ENV: "production", PORT: String(await freePort()) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 1)));
  expect(code).toBe(1);
  expect(output).toContain("Refusing to start: NEXTAUTH_SECRET is not set.");
  expect(output).not.toContain("[database]");
});

test("npm start's launcher refuses without an explicit NEXTAUTH_URL instead of guessing http://localhost", async () => {
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/app.ts", "start"], {
    cwd: root,
    env: { ...process.env, NEXTAUTH_SECRET: strongSecret(), NEXTAUTH_URL: "", NODE_ENV: "production", PORT: String(await freePort()) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 1)));
  expect(code).toBe(1);
  expect(output).toContain("Refusing to start: NEXTAUTH_URL is not set.");
  expect(output).not.toContain("[database]");
});

test("served under an https address: a Secure, __Secure- session cookie (HttpOnly, SameSite=Lax), HSTS, and no password in the log", async () => {
  test.setTimeout(90_000);
  const port = await freePort();
  // The server itself speaks http here; NEXTAUTH_URL says people reach it over https (a TLS proxy in front).
  const server = await startAppServer({ NEXTAUTH_URL: `https://127.0.0.1:${port}`, PORT: String(port), NEXTAUTH_SECRET: strongSecret() }, port);
  try {
    const user = await createThrowawayUser();
    const wrongPassword = `wrong-${randomBytes(9).toString("base64url")}`;

    const csrf = await fetch(`${server.origin}/api/auth/csrf`);
    const csrfCookies = csrf.headers.getSetCookie();
    expect(csrfCookies.join("\n")).toMatch(/__Host-next-auth\.csrf-token=[^;]+;.*Secure/);
    const cookie = csrfCookies.map((line) => line.split(";")[0]).join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const signIn = (password: string) =>
      fetch(`${server.origin}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "198.51.100.77" },
        body: new URLSearchParams({ email: user.email, password, csrfToken }),
      });

    const refused = await signIn(wrongPassword);
    expect(refused.headers.getSetCookie().some((line) => line.includes("session-token"))).toBe(false);
    const accepted = await signIn(user.password);
    const session = accepted.headers.getSetCookie().find((line) => line.startsWith("__Secure-next-auth.session-token="));
    expect(session, accepted.headers.getSetCookie().join("\n")).toBeDefined();
    const attributes = session!.split(";").map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax", "path=/"]));

    for (const pathName of ["/", "/login", "/api/health", "/api/auth/csrf"]) {
      expect((await fetch(`${server.origin}${pathName}`)).headers.get("strict-transport-security"), pathName).toBe("max-age=63072000; includeSubDomains");
    }
    expect(server.output()).not.toContain(wrongPassword);
    expect(server.output()).not.toContain(user.password);
  } finally {
    await server.stop();
  }
});
