// A fingerprint of everything the app stores, to prove that a refused request or a failed
// transaction changed nothing at all ("byte-for-byte unchanged"). Used by the integration tests
// (through Prisma) and the end-to-end tests (through their own connection).

type RunQuery = <T>(sql: string) => Promise<T[]>;

// The migrations' bookkeeping is not content.
const IGNORED_TABLES = new Set(["_prisma_migrations"]);
// When a session was last used changes with every signed-in request, refused ones included (lib/auth/server-sessions.ts).
const IGNORED_COLUMNS: Record<string, string[]> = { Session: ["lastSeenAt"] };

/** Table name → md5 of all its rows (each row as PostgreSQL's text form, sorted). */
export async function databaseDigest(query: RunQuery, options: { except?: string[] } = {}): Promise<Record<string, string>> {
  const ignored = new Set([...IGNORED_TABLES, ...(options.except ?? [])]);
  const tables = (await query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`))
    .map((row) => row.name)
    .filter((name) => !ignored.has(name));
  const digest: Record<string, string> = {};
  for (const table of tables) {
    const quoted = `"${table.replaceAll('"', '""')}"`;
    const rowText = IGNORED_COLUMNS[table] ? `(to_jsonb(t) - ARRAY[${IGNORED_COLUMNS[table].map((column) => `'${column}'`).join(", ")}])::text` : "t::text";
    const [row] = await query<{ md5: string }>(`SELECT md5(coalesce(string_agg(${rowText}, '|' ORDER BY ${rowText}), '')) AS md5 FROM ${quoted} t`);
    digest[table] = row!.md5;
  }
  return digest;
}

/** The tables whose content differs between two digests. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((table) => before[table] !== after[table]).sort();
}
