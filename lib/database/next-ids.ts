import type { Prisma } from "../generated/prisma/client";

/** The tables whose rows are written in bulk with ids known beforehand. */
type TableWithSerialId = "AuditEvent" | "City" | "FaqEntry";

/**
 * `count` fresh ids from the table's own id sequence, as an insert would take them: rows written in
 * one statement (createMany) can then be referred to by id before they exist, in a known order.
 */
export async function nextIds(tx: Prisma.TransactionClient, table: TableWithSerialId, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT nextval(pg_get_serial_sequence(${`"${table}"`}, 'id'))::int AS id FROM generate_series(1, ${count}::int)`;
  return rows.map((row) => row.id);
}
