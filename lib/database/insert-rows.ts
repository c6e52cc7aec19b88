import { Prisma } from "../generated/prisma/client";
import { jsonParameter } from "./json-parameter";

/** The tables written in bulk: an import's records, and the audit events and revisions of its saves. */
type BulkTable = "AuditEvent" | "City" | "FaqEntry" | "SlugRedirect" | "Revision" | "Edition" | "EditionEntry";

/**
 * Inserts rows in one statement, PostgreSQL reading them from one JSON parameter: Prisma's
 * createMany spent about 0.5 ms of CPU a row on a city (10,000 cities: 8 s; this: well under one,
 * npm run bench -- transfer). The columns are the first row's keys (every row has the same), which
 * callers take from the table's own columns; the rest take their defaults (versions start at 1).
 */
export async function insertRows(tx: Prisma.TransactionClient, table: BulkTable, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  // Identifiers only from the table's name and the callers' keys; the rows travel as a parameter.
  const columns = Prisma.raw(
    Object.keys(rows[0]!)
      .map((column) => `"${column}"`)
      .join(", "),
  );
  const name = Prisma.raw(`"${table}"`);
  await tx.$executeRaw`INSERT INTO ${name} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${name}, ${jsonParameter(rows)}::jsonb)`;
}
