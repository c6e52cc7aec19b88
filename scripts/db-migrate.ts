// `npm run db:migrate`: applies pending migrations (embedded database unless DATABASE_URL is set).
import "./load-env";
import { applyMigrations } from "../lib/database/migrations";
import { openDatabase } from "./embedded-database";

const database = await openDatabase();
try {
  const applied = await applyMigrations(database.url, { log: (line) => console.log(line) });
  if (applied.length === 0) console.log("The database is up to date.");
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
