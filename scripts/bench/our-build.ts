import { randomBytes } from "node:crypto";
import { createBenchDatabase } from "./bench-database";
import { buildNext, hasBuild, root, startNext, type RunningApp } from "./next-app";

// Our app, built once per benchmark run into its own dist dir, against a database holding the
// article (the build prerenders the public pages from it). Every part starts servers from it.

export const DIST_DIR = ".next-bench";
/** One secret for every server of the run, so a session made on one is valid on its copy. */
export const AUTH_SECRET = randomBytes(32).toString("base64url");

let building: Promise<{ buildMs: number | null }> | null = null;

/**
 * Builds once per run. BENCH_REUSE_BUILD=1 keeps an existing .next-bench (for working on the
 * benchmark itself; figures of the code under measurement need a fresh build).
 */
export function ensureOurBuild(): Promise<{ buildMs: number | null }> {
  building ??= (async () => {
    if (process.env.BENCH_REUSE_BUILD === "1" && hasBuild(DIST_DIR)) {
      console.log(`  reusing the existing ${DIST_DIR} build (BENCH_REUSE_BUILD=1)`);
      return { buildMs: null };
    }
    const databaseUrl = await createBenchDatabase("build");
    console.log(`  building the app into ${DIST_DIR} (next build)…`);
    const buildMs = await buildNext(root, { DATABASE_URL: databaseUrl, NEXT_DIST_DIR: DIST_DIR, NEXTAUTH_SECRET: AUTH_SECRET, NEXT_SKIP_TYPECHECK: "1" });
    console.log(`  built in ${(buildMs / 1000).toFixed(0)} s`);
    return { buildMs };
  })();
  return building;
}

/** `next start` of our build (or of a copy of it, see copyBuild) over `databaseUrl`. */
export function startOurs(databaseUrl: string, distDir = DIST_DIR, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<RunningApp> {
  // Plain http on 127.0.0.1 (a local trial, for the start-up check), and one instance with Next's
  // default in-process cache: REDIS_URL is the two-instance test's business, not the benchmark's.
  return startNext(
    root,
    { DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir, NEXTAUTH_SECRET: AUTH_SECRET, ALLOW_INSECURE_HTTP: "1", REDIS_URL: "", ...env },
    "/api/health",
    nodeArgs,
  );
}
