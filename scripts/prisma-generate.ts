import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const schema = path.join(root, "prisma/schema.prisma");
const generated = path.join(root, "lib/generated/prisma/client.ts");

/**
 * Generates the Prisma client when it is missing or older than the schema. The Prisma CLI wants a
 * schema-engine binary at start that cannot be downloaded here; `generate` never runs it, so any
 * existing file satisfies the check.
 */
export function ensurePrismaClient({ force = false } = {}) {
  if (!force && existsSync(generated) && statSync(generated).mtimeMs >= statSync(schema).mtimeMs) return;
  execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate"], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) ensurePrismaClient({ force: true });
