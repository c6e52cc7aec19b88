import "server-only";
import { db } from "../db";
import { diffRevisions } from "./diff";
import type { RevisedEntity, RevisionFields } from "./record";

export const REVISIONS_PAGE_SIZE = 50;

/** A record's revisions, newest first, a page at a time (`before`: the number to continue below). */
export async function revisionHistory(entityType: RevisedEntity, entityId: number, { before }: { before?: number } = {}) {
  const rows = await db.revision.findMany({
    where: { entityType, entityId, ...(before ? { number: { lt: before } } : {}) },
    orderBy: { number: "desc" },
    take: REVISIONS_PAGE_SIZE + 1,
    select: { number: true, at: true, summary: true, userEmail: true, user: { select: { name: true } }, restoredFrom: true },
  });
  const hasMore = rows.length > REVISIONS_PAGE_SIZE;
  const newest = before ? await newestRevisionNumber(entityType, entityId) : (rows[0]?.number ?? 0);
  return { revisions: rows.slice(0, REVISIONS_PAGE_SIZE), newest, nextBefore: hasMore ? rows[REVISIONS_PAGE_SIZE - 1]!.number : null };
}
export type RevisionSummary = Awaited<ReturnType<typeof revisionHistory>>["revisions"][number];

async function newestRevisionNumber(entityType: RevisedEntity, entityId: number): Promise<number> {
  const newest = await db.revision.aggregate({ where: { entityType, entityId }, _max: { number: true } });
  return newest._max.number ?? 0;
}

/** The fields two revisions kept, for a comparison; null where a number does not exist. */
export async function revisionPair(entityType: RevisedEntity, entityId: number, from: number, to: number) {
  const rows = await db.revision.findMany({ where: { entityType, entityId, number: { in: [from, to] } }, select: { number: true, fields: true } });
  const fieldsOf = (number: number) => (rows.find((row) => row.number === number)?.fields ?? null) as RevisionFields | null;
  return { from: fieldsOf(from), to: fieldsOf(to) };
}

export type HistorySearch = { from?: string; to?: string; before?: string };

/** A revision number from the address, if it names one this record has. */
const revisionNumberIn = (value: string | undefined, newest: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= newest ? number : undefined;
};

/**
 * What a history page shows: a page of revisions and, when the record has two or more, a comparison
 * (by default the newest with the one before it; `from`/`to` pick any two).
 */
export async function revisionHistoryView(entityType: RevisedEntity, entityId: number, search: HistorySearch, fieldOrder: readonly string[]) {
  const newestFirst = await newestRevisionNumber(entityType, entityId);
  const before = revisionNumberIn(search.before, newestFirst + 1);
  const history = await revisionHistory(entityType, entityId, { before });
  const to = revisionNumberIn(search.to, history.newest) ?? history.newest;
  const from = revisionNumberIn(search.from, history.newest) ?? Math.max(1, to - 1);
  const pair = from !== to ? await revisionPair(entityType, entityId, from, to) : null;
  const comparison = pair?.from && pair.to ? { from, to, fields: diffRevisions(pair.from, pair.to, fieldOrder) } : null;
  return { ...history, comparison };
}
export type RevisionHistoryView = Awaited<ReturnType<typeof revisionHistoryView>>;
