import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../../scripts/free-port";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A second `next start` of the build under test, on its own port and with its own environment
 * (a database behind a forwarder, another NEXTAUTH_URL, a missing secret...). The specs that need
 * one start it themselves; everything else uses Playwright's webServer.
 */

const root = fileURLToPath(new URL("../..", import.meta.url));
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

export type AppServer = {
  origin: string;
  /** Everything the server wrote to stdout and stderr so far. */
  output: () => string;
  stop: () => Promise<void>;
};

/** Runs `next start` with `env` added to (or, for `undefined` values, removed from) the tests' environment. */
export function spawnNextStart(port: number, env: Record<string, string | undefined>): { child: ChildProcess; output: () => string; exited: Promise<number> } {
  // Plain http on 127.0.0.1 needs ALLOW_INSECURE_HTTP=1 in production; a spec testing the refusal passes undefined.
  const merged: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: String(port), ALLOW_INSECURE_HTTP: "1" };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete merged[name];
    else merged[name] = value;
  }
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: merged,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  return { child, output: () => output, exited };
}

/** Starts a server and waits until it says it is ready and /api/health answers (200 or 503: it serves, whatever the database does). */
export async function startAppServer(env: Record<string, string | undefined>, port?: number): Promise<AppServer> {
  port ??= await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const { child, output, exited } = spawnNextStart(port, { NEXTAUTH_URL: origin, ...env });
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const ready = new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      if (/Ready in/.test(chunk.toString())) {
        child.stdout!.off("data", onData);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
  });
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    ready.then(() => "ready" as const),
    exited.then(() => "exited" as const),
    new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), 60_000))),
  ]);
  clearTimeout(timer);
  if (outcome === "exited") throw new Error(`next start exited before serving:\n${output()}`);
  if (outcome === "timeout") {
    child.kill("SIGKILL");
    throw new Error(`next start did not get ready within 60 s:\n${output()}`);
  }
  const health = await fetch(`${origin}/api/health`);
  if (health.status !== 200 && health.status !== 503) throw new Error(`next start answers /api/health with ${health.status}:\n${output()}`);
  return {
    origin,
    output,
    stop: async () => {
      if (hasExited) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}

export { freePort };
