import { existsSync } from "node:fs";
import path from "node:path";

// Next reads .env files only for its own process; the launcher needs DATABASE_URL before that.
// Variables already in the environment win, as in Next.
for (const name of [".env.local", ".env"]) {
  const file = path.resolve(import.meta.dirname, "..", name);
  if (existsSync(file)) process.loadEnvFile(file);
}
