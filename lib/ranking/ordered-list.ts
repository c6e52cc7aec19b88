import { Prisma } from "../generated/prisma/client";
import { clampPosition } from "./order";
import { LISTING_ID } from "../listing/the-listing";

/**
 * The two ordered lists of the listing. Published, untrashed rows hold contiguous positions 1..N
 * (a deferred database trigger refuses anything else at commit); drafts keep where they would land.
 * Every change to an order locks the Listing row first, so changes to one list run one at a time,
 * and bumps the list's version, which a client names to prove it saw the order it changes.
 */
const LISTS = {
  cities: { table: "City", position: "rank", planned: "plannedRank", version: "rankingVersion", label: "name" },
  faq: { table: "FaqEntry", position: "position", planned: "plannedPosition", version: "faqVersion", label: "question" },
} as const;

export type OrderedListName = keyof typeof LISTS;
type Tx = Prisma.TransactionClient;

const sqlOf = (list: OrderedListName) => {
  const names = LISTS[list];
  return {
    table: Prisma.raw(`"${names.table}"`),
    position: Prisma.raw(`"${names.position}"`),
    planned: Prisma.raw(`"${names.planned}"`),
    version: Prisma.raw(`"${names.version}"`),
    label: Prisma.raw(`"${names.label}"`),
  };
};

/** Locks the list for the rest of the transaction and returns its version. */
export async function lockList(tx: Tx, list: OrderedListName): Promise<number> {
  const { version } = sqlOf(list);
  const rows = await tx.$queryRaw<{ version: number }[]>`SELECT ${version} AS version FROM "Listing" WHERE id = ${LISTING_ID} FOR UPDATE`;
  if (!rows[0]) throw new Error("The listing row is missing: run the seed (npm run db:seed).");
  return rows[0].version;
}

export async function bumpListVersion(tx: Tx, list: OrderedListName): Promise<number> {
  const { version } = sqlOf(list);
  const rows = await tx.$queryRaw<
    { version: number }[]
  >`UPDATE "Listing" SET ${version} = ${version} + 1, "updatedAt" = now() WHERE id = ${LISTING_ID} RETURNING ${version} AS version`;
  return rows[0]!.version;
}

/**
 * Where one entry stands: its place (null for a draft or trashed entry), the length of the list and
 * the entry's name or question (for the audit), or null when there is no such entry. The length is
 * the highest place, an index lookup: places are 1..N at every commit and the caller holds the
 * list's lock, so it equals the count without counting.
 */
export async function entryPlace(tx: Tx, list: OrderedListName, id: number): Promise<{ place: number | null; length: number; label: string } | null> {
  const { table, position, label } = sqlOf(list);
  const rows = await tx.$queryRaw<{ place: number | null; length: number; label: string }[]>`
    SELECT entry.${position} AS place, entry.${label} AS label, (SELECT coalesce(max(${position}), 0) FROM ${table}) AS length
    FROM ${table} AS entry WHERE entry.id = ${id}`;
  return rows[0] ?? null;
}

/**
 * Moves the entry at `from` to `to` in one statement touching only the rows between the two places:
 * the entry takes `to`, the others in between shift by one towards `from`. Both places must be in 1..N.
 */
export async function moveWithinOrder(tx: Tx, list: OrderedListName, id: number, from: number, to: number): Promise<number> {
  if (from === to) return 0;
  const { table, position } = sqlOf(list);
  const [low, high, shift] = to < from ? [to, from, 1] : [from, to, -1];
  return tx.$executeRaw`
    UPDATE ${table} SET ${position} = CASE WHEN id = ${id} THEN ${to}::int ELSE ${position} + ${shift}::int END, "updatedAt" = now()
    WHERE ${position} BETWEEN ${low}::int AND ${high}::int`;
}

/** The ids of the published entries, first to last. */
export async function orderedIds(tx: Tx, list: OrderedListName): Promise<number[]> {
  const { table, position } = sqlOf(list);
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM ${table} WHERE ${position} IS NOT NULL ORDER BY ${position}`;
  return rows.map((row) => row.id);
}

/** Gives every id its index + 1 in one statement, touching only rows whose position changes. */
export async function applyOrder(tx: Tx, list: OrderedListName, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { table, position } = sqlOf(list);
  const positions = ids.map((_, index) => index + 1);
  return tx.$executeRaw`
    UPDATE ${table} AS entry SET ${position} = target.position, "updatedAt" = now()
    FROM unnest(${[...ids]}::int[], ${positions}::int[]) AS target(id, position)
    WHERE entry.id = target.id AND entry.${position} IS DISTINCT FROM target.position`;
}

/**
 * Publishes a row (and takes it out of the trash) at the place `wanted`, clamped to 1..N+1, moving
 * the rows from there down by one. Status and position change in one statement: the table's checks
 * allow a position only on published, untrashed rows and require one there.
 */
export async function insertIntoOrder(tx: Tx, list: OrderedListName, id: number, wanted: number): Promise<number> {
  const { table, position, planned } = sqlOf(list);
  // The highest place is the length of the list (see entryPlace), read from the index.
  const [{ length }] = await tx.$queryRaw<[{ length: number }]>`SELECT coalesce(max(${position}), 0) AS length FROM ${table}`;
  const place = clampPosition(wanted, length + 1);
  await tx.$executeRaw`UPDATE ${table} SET ${position} = ${position} + 1 WHERE ${position} >= ${place}`;
  await tx.$executeRaw`
    UPDATE ${table} SET ${position} = ${place}, ${planned} = NULL, status = 'PUBLISHED', "deletedAt" = NULL
    WHERE id = ${id}`;
  return place;
}

/**
 * Unpublishes or trashes a row, remembering its place for a later publish or restore, and closes
 * the gap. Returns the place it had, or null when it held none.
 */
export async function removeFromOrder(tx: Tx, list: OrderedListName, id: number, change: "unpublish" | "trash"): Promise<number | null> {
  const { table, position, planned } = sqlOf(list);
  const rows = await tx.$queryRaw<{ place: number | null }[]>`SELECT ${position} AS place FROM ${table} WHERE id = ${id}`;
  const place = rows[0]?.place ?? null;
  const statusChange = change === "unpublish" ? Prisma.sql`status = 'DRAFT'` : Prisma.sql`"deletedAt" = now()`;
  await tx.$executeRaw`UPDATE ${table} SET ${position} = NULL, ${planned} = coalesce(${place}, ${planned}), ${statusChange} WHERE id = ${id}`;
  if (place !== null) await tx.$executeRaw`UPDATE ${table} SET ${position} = ${position} - 1 WHERE ${position} > ${place}`;
  return place;
}
