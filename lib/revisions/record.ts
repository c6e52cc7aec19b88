import { isDeepStrictEqual } from "node:util";
import type { Actor } from "../audit";
import { insertRows } from "../database/insert-rows";
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** The records that keep revisions, by their audit entity type. */
export type RevisedEntity = "city" | "faq" | "listing";

/** A record's editable fields as a revision keeps them (plain JSON values). */
export type RevisionFields = Record<string, unknown>;

export type RevisionEntry = {
  entityType: RevisedEntity;
  entityId: number;
  /** The fields before the save (null on create). */
  before: RevisionFields | null;
  after: RevisionFields;
  /** The save's audit event, which the activity log links to this revision. */
  auditEventId: number;
  summary: string;
  /** Set when the save restored an older revision: it is kept even if the text equals the newest. */
  restoredFrom?: number;
};

const SYSTEM = { id: null, email: "system" };

/**
 * Keeps the revision a save made, in the save's transaction. A save that left the fields as they
 * were adds none. When the record's newest revision is not what it held before the save (saved
 * before revisions were kept, or written by a bulk import), that earlier state is kept first, so a
 * restore can always go back to it. Callers hold the record's row lock (their versioned UPDATE), so
 * numbers never race. Answers the new revision's number, or null.
 */
export async function recordRevision(tx: Tx, actor: Actor, entry: RevisionEntry): Promise<number | null> {
  const { entityType, ...save } = entry;
  const [number] = await recordRevisions(tx, actor, entityType, [save]);
  return number ?? null;
}

/**
 * The revisions of many saves of one kind of record (an import's), as recordRevision keeps each:
 * one read of their newest revisions and one insert, whatever their number. Answers each save's
 * new revision number, or null, in order.
 */
export async function recordRevisions(
  tx: Tx,
  actor: Actor,
  entityType: RevisedEntity,
  saves: Array<Omit<RevisionEntry, "entityType">>,
): Promise<Array<number | null>> {
  if (saves.length === 0) return [];
  const ids = saves.map((save) => save.entityId);
  const newestRows = await tx.$queryRaw<Array<{ entityId: number; number: number; fields: unknown }>>`
    SELECT DISTINCT ON ("entityId") "entityId", number, fields FROM "Revision"
    WHERE "entityType" = ${entityType} AND "entityId" = ANY(${ids}::int[]) ORDER BY "entityId", number DESC`;
  const newest = new Map(newestRows.map((row) => [row.entityId, row]));
  // Every row with every column, as insertRows wants: the earlier state's row has no author.
  const rows: Array<Omit<Prisma.RevisionCreateManyInput, "at" | "id">> = [];
  const unattributed = { userId: null, auditEventId: null, restoredFrom: null };
  const numbers = saves.map(({ entityId, before, after, auditEventId, summary, restoredFrom }) => {
    const latest = newest.get(entityId);
    let number = latest?.number ?? 0;
    if (before && !(latest && isDeepStrictEqual(latest.fields, before))) {
      number += 1;
      rows.push({
        entityType,
        entityId,
        number,
        fields: asJson(before),
        summary: "As it was before this history was kept",
        userEmail: SYSTEM.email,
        ...unattributed,
      });
      newest.set(entityId, { entityId, number, fields: before });
    }
    if (restoredFrom === undefined && isDeepStrictEqual(before ?? latest?.fields, after)) return null;
    number += 1;
    rows.push({
      entityType,
      entityId,
      number,
      fields: asJson(after),
      summary: summary.slice(0, 300),
      userId: actor.id,
      userEmail: actor.email,
      auditEventId,
      restoredFrom: restoredFrom ?? null,
    });
    newest.set(entityId, { entityId, number, fields: after });
    return number;
  });
  await insertRows(tx, "Revision", rows);
  return numbers;
}

/** First revisions for records created in bulk (the article's import), one statement for all. */
export async function recordFirstRevisions(tx: Tx, entityType: RevisedEntity, records: Array<{ id: number; fields: RevisionFields }>, summary: string) {
  await tx.revision.createMany({
    data: records.map(({ id, fields }) => ({ entityType, entityId: id, number: 1, fields: asJson(fields), summary, userEmail: SYSTEM.email })),
  });
}

const asJson = (fields: RevisionFields) => JSON.parse(JSON.stringify(fields)) as Prisma.InputJsonValue;
