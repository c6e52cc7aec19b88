import { createDatabaseClient } from "../db";
import { ensureFirstAdmin, type FirstAdmin } from "../users/first-admin";
import { seedArticle } from "./seed";
import { applyMigrations } from "./migrations";

export type PreparedDatabase = { appliedMigrations: string[]; seeded: boolean; firstAdmin: FirstAdmin | null };

/** What every start does before serving: migrate, import the article into an empty database, create the first admin. */
export async function prepareDatabase(url: string, log: (line: string) => void = console.log): Promise<PreparedDatabase> {
  const appliedMigrations = await applyMigrations(url, { log });
  const db = createDatabaseClient(url);
  try {
    const seeded = await seedArticle(db);
    if (seeded) log("imported the article's content (15 cities, 6 FAQ entries)");
    const firstAdmin = await ensureFirstAdmin(db);
    return { appliedMigrations, seeded, firstAdmin };
  } finally {
    await db.$disconnect();
  }
}
