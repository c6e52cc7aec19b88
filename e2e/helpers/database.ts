import pg from "pg";

// One pool per Playwright worker: a fresh connection costs PostgreSQL a new backend (about 25 ms
// here, measured), paid twice by every refused request that e2e/hostile-input.spec.ts judges.
let pool: pg.Pool | undefined;

/** A connection pool on the app's test database (E2E_DATABASE_URL); idle connections do not keep the worker alive. */
export function testDatabasePool(): pg.Pool {
  if (pool) return pool;
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests through `npm test -- e2e`.");
  pool = new pg.Pool({ connectionString: url, max: 4, allowExitOnIdle: true });
  // An idle connection ended by the server (the run's database dropped at the end) is not a test failure.
  pool.on("error", () => undefined);
  return pool;
}

/** Direct reads of the app's test database, to compare what a reader sees with what is stored. */
export async function queryTestDatabase<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  return (await testDatabasePool().query<T>(sql, values)).rows;
}

export async function publishedCityNamesInRankOrder(): Promise<string[]> {
  const rows = await queryTestDatabase<{ name: string }>(`SELECT name FROM "City" WHERE rank IS NOT NULL ORDER BY rank`);
  return rows.map((row) => row.name);
}
