import { cpSync, existsSync, rmSync } from "node:fs";
import { freePort } from "../free-port";
import path from "node:path";
import { withUntouchedTsconfig } from "../untouched-tsconfig";
import { deferCleanup, runToEnd, spawnChild } from "./cleanup";

export const root = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

export type RunningApp = { origin: string; port: number; pid: number; output: () => string; stop: () => Promise<void> };

const quietEnv = { NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };

/** `next build` of the app in `cwd` (ours or the calibration app), with the same Next binary for both. */
export async function buildNext(cwd: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  await withUntouchedTsconfig(cwd, () => runToEnd(process.execPath, [nextBin, "build"], { cwd, env: { ...process.env, ...quietEnv, ...env } }));
  return performance.now() - started;
}

/** `next start` on a free port; resolves once the server answers `readyPath`. `nodeArgs` go to Node itself (e.g. --cpu-prof). */
export async function startNext(cwd: string, env: Record<string, string>, readyPath = "/", nodeArgs: string[] = []): Promise<RunningApp> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawnChild(process.execPath, [...nodeArgs, nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd,
    env: { ...process.env, ...quietEnv, NEXTAUTH_URL: origin, PORT: String(port), ...env },
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`next start (${cwd}) exited before serving:\n${server.output()}`);
    if (Date.now() > deadline) throw new Error(`next start (${cwd}) did not answer ${readyPath} within 60 s:\n${server.output()}`);
    const response = await fetch(`${origin}${readyPath}`).catch(() => null);
    if (response) {
      await response.arrayBuffer();
      if (response.ok) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { origin, port, pid: server.child.pid!, output: server.output, stop: server.stop };
}

/**
 * A throwaway copy of a build, for a server whose edits would otherwise rewrite the build's cached
 * pages (Next writes regenerated pages into its dist dir). Without the build cache, which start never reads.
 */
export function copyBuild(distDir: string, copyName: string): string {
  const from = path.join(root, distDir);
  const to = path.join(root, copyName);
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true, filter: (source) => source !== path.join(from, "cache") });
  deferCleanup(() => rmSync(to, { recursive: true, force: true }));
  return copyName;
}

export function hasBuild(distDir: string): boolean {
  return existsSync(path.join(root, distDir, "BUILD_ID"));
}

export { freePort };
