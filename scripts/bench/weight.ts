import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { deferCleanup, runToEnd } from "./cleanup";
import { createBenchDatabase } from "./bench-database";
import { buildNext, root } from "./next-app";
import { AUTH_SECRET } from "./our-build";
import { atMost, mb, newSection, type Section } from "./report";

// Goal 7, weight: what a production server needs on disk. When next.config.js can build
// `output: "standalone"` (NEXT_OUTPUT=standalone, as the Dockerfile does), that is the standalone
// folder plus the static files it ships with, from a build of its own (the reading figures come
// from the `next start` build); otherwise a production install (`npm ci --omit=dev`).

const STANDALONE_DIST_DIR = ".next-bench-standalone";

const GOAL_BYTES = 300 * 1024 * 1024;

async function diskUsage(...paths: string[]): Promise<number> {
  const output = await runToEnd("du", ["-sck", ...paths]);
  return Number(/^(\d+)\s+total$/m.exec(output)?.[1] ?? Number.NaN) * 1024;
}

export async function measureWeight(): Promise<Section> {
  const section = newSection("weight", "7. Weight: a production install");
  const fullInstall = await diskUsage(path.join(root, "node_modules"));
  if (/NEXT_OUTPUT\b[^\n]*standalone/.test(readFileSync(path.join(root, "next.config.js"), "utf8"))) {
    const bytes = await standaloneBuildSize();
    section.figures.push(
      atMost(
        {
          what: '`output: "standalone"` build (NEXT_OUTPUT=standalone), with its static files',
          value: mb(bytes),
          baseline: `full install's node_modules: ${mb(fullInstall)}`,
        },
        bytes,
        GOAL_BYTES,
        mb,
      ),
    );
    return section;
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), "bench-install-"));
  deferCleanup(() => rmSync(folder, { recursive: true, force: true }));
  for (const file of ["package.json", "package-lock.json"]) copyFileSync(path.join(root, file), path.join(folder, file));
  console.log("  npm ci --omit=dev into a temporary folder…");
  const started = performance.now();
  // --ignore-scripts: no install script of ours adds to the size, and none should run here.
  await runToEnd("npm", ["ci", "--omit=dev", "--ignore-scripts", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: folder });
  const bytes = await diskUsage(path.join(folder, "node_modules"));
  section.figures.push(
    atMost({ what: "`npm ci --omit=dev` node_modules", value: mb(bytes), baseline: `full install's node_modules: ${mb(fullInstall)}` }, bytes, GOAL_BYTES, mb),
  );
  section.notes.push(
    `No \`output: "standalone"\` in the build, so a production install was measured (npm ci took ${((performance.now() - started) / 1000).toFixed(0)} s, from npm's cache where it could).`,
  );
  return section;
}

async function standaloneBuildSize(): Promise<number> {
  const distDir = path.join(root, STANDALONE_DIST_DIR);
  deferCleanup(() => rmSync(distDir, { recursive: true, force: true }));
  const databaseUrl = await createBenchDatabase("standalone");
  console.log(`  building with NEXT_OUTPUT=standalone into ${STANDALONE_DIST_DIR}…`);
  await buildNext(root, {
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: STANDALONE_DIST_DIR,
    NEXT_OUTPUT: "standalone",
    NEXTAUTH_SECRET: AUTH_SECRET,
    NEXT_SKIP_TYPECHECK: "1",
  });
  const shipped = [path.join(distDir, "standalone"), path.join(distDir, "static"), path.join(root, "public")].filter((folder) => existsSync(folder));
  return diskUsage(...shipped);
}
