// `npm run check`: lint, formatting, typecheck and the unit tests at once, for the edit-test loop (no database,
// no browser, no build). `npm test` stays the full suite. ESLint keeps a cache and tsc its build info,
// so a run after a small change re-reads only what changed.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const steps: Array<{ name: string; command: string; args: string[] }> = [
  // `npm run lint`'s two halves, each with its cache.
  { name: "lint", command: npm, args: ["exec", "--", "eslint", ".", "--max-warnings=0", "--cache", "--cache-location", "node_modules/.cache/eslint/"] },
  { name: "format", command: npm, args: ["exec", "--", "prettier", "--check", ".", "--cache", "--log-level", "warn"] },
  { name: "typecheck", command: npm, args: ["exec", "--", "tsc", "--noEmit", "-p", "."] },
  { name: "unit tests", command: process.execPath, args: [path.join(root, "node_modules/vitest/vitest.mjs"), "run", "--project", "unit"] },
];

const started = Date.now();
// The generated Prisma client comes first: typecheck and the unit tests both import it, and on a fresh
// clone it does not exist yet.
const generated = await runStep({ name: "prisma generate", command: npm, args: ["run", "-s", "prisma:generate"] });
if (generated.code !== 0) process.exit(1);
// Each step's output is kept and printed whole when it ends, so the steps never interleave.
const results = await Promise.all(steps.map(runStep));
for (const result of results) console.log(`${result.code === 0 ? "✓" : "✗"} ${result.name} (${seconds(result.milliseconds)})`);
console.log(`npm run check: ${seconds(Date.now() - started)}`);
process.exit(results.every((result) => result.code === 0) ? 0 : 1);

function runStep(step: (typeof steps)[number]): Promise<{ name: string; code: number; milliseconds: number }> {
  const stepStarted = Date.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? "1" : "0" },
      shell: process.platform === "win32",
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => {
      const milliseconds = Date.now() - stepStarted;
      // A passing step says only that it passed; a failing one shows everything it printed.
      if (code !== 0) console.log(`\n── ${step.name} failed ──\n${output.trimEnd()}\n`);
      resolve({ name: step.name, code: code ?? 1, milliseconds });
    });
  });
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}
