// Applies pending migrations to DATABASE_URL, for the container image (Dockerfile bundles this file
// into deploy/migrate/db-migrate.mjs and runs it before the server). The same code as
// `npm run db:migrate` (lib/database/migrations.ts), without its embedded-database fallback: a
// production container always has a DATABASE_URL, and carries no embedded PostgreSQL.
import { applyMigrations } from "../lib/database/migrations";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: the container needs the PostgreSQL database to migrate and serve.");
  process.exit(1);
}
try {
  const applied = await applyMigrations(url, { log: (line) => console.log(`[migrations] ${line}`) });
  if (applied.length === 0) console.log("[migrations] the database is up to date");
} catch (error) {
  console.error(`[migrations] ${(error as Error).message}`);
  process.exit(1);
}
