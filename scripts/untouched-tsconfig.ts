import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Runs `build` (a `next build`) and puts tsconfig.json back as it was: Next adds the type folders of
 * a NEXT_DIST_DIR it has not seen (`.next-bench/types/**`) and rewrites the file in its own layout,
 * which would leave the tree changed and unformatted after every test or benchmark run.
 */
export async function withUntouchedTsconfig<T>(root: string, build: () => Promise<T>): Promise<T> {
  const file = path.join(root, "tsconfig.json");
  const original = readFileSync(file, "utf8");
  try {
    return await build();
  } finally {
    if (readFileSync(file, "utf8") !== original) writeFileSync(file, original);
  }
}
