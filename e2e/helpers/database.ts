import pg from "pg";

/** Direct reads of the app's test database, to compare what a reader sees with what is stored. */
export async function queryTestDatabase<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests through `npm test -- e2e`.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export async function publishedCityNamesInRankOrder(): Promise<string[]> {
  const rows = await queryTestDatabase<{ name: string }>(`SELECT name FROM "City" WHERE rank IS NOT NULL ORDER BY rank`);
  return rows.map((row) => row.name);
}
