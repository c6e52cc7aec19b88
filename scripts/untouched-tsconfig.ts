import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Runs `build` (a `next build`) and then undoes what Next did to tsconfig.json: it adds the type
 * folders of a NEXT_DIST_DIR it has not seen (`.next-bench/types/**`) and rewrites the file in its own
 * layout, which would leave the tree changed and unformatted after every test or benchmark run. Any
 * other change made meanwhile (someone editing the file) is left alone, with a warning.
 */
export async function withUntouchedTsconfig<T>(root: string, build: () => Promise<T>): Promise<T> {
  const file = path.join(root, "tsconfig.json");
  const original = readFileSync(file, "utf8");
  try {
    return await build();
  } finally {
    const current = readFileSync(file, "utf8");
    if (current !== original) {
      if (onlyNextsAdditions(original, current)) writeFileSync(file, original);
      else console.warn("tsconfig.json changed during the build beyond Next's own type folders; left as it is.");
    }
  }
}

type Tsconfig = { include?: string[] };

/** Whether `current` is `original` plus include entries, in any layout. */
function onlyNextsAdditions(original: string, current: string): boolean {
  try {
    const before = JSON.parse(original) as Tsconfig;
    const after = JSON.parse(current) as Tsconfig;
    const known = new Set(before.include ?? []);
    const added = (after.include ?? []).filter((entry) => !known.has(entry));
    if (!added.every((entry) => /^\.next[\w-]*\/(dev\/)?types\//.test(entry))) return false;
    return JSON.stringify({ ...after, include: (after.include ?? []).filter((entry) => known.has(entry)) }) === JSON.stringify(before);
  } catch {
    return false;
  }
}
