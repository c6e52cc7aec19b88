import { isDeepStrictEqual } from "node:util";
import type { Actor } from "../audit";
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
  const { entityType, entityId, before, after } = entry;
  const newest = await tx.revision.findFirst({ where: { entityType, entityId }, orderBy: { number: "desc" }, select: { number: true, fields: true } });
  let number = newest?.number ?? 0;
  if (before && !(newest && isDeepStrictEqual(newest.fields, before))) {
    number += 1;
    await tx.revision.create({
      data: { entityType, entityId, number, fields: asJson(before), summary: "As it was before this history was kept", userEmail: SYSTEM.email },
    });
  }
  if (entry.restoredFrom === undefined && isDeepStrictEqual(before ?? newest?.fields, after)) return null;
  number += 1;
  await tx.revision.create({
    data: {
      entityType,
      entityId,
      number,
      fields: asJson(after),
      summary: entry.summary.slice(0, 300),
      userId: actor.id,
      userEmail: actor.email,
      auditEventId: entry.auditEventId,
      restoredFrom: entry.restoredFrom ?? null,
    },
  });
  return number;
}

/** First revisions for records created in bulk (the article's import), one statement for all. */
export async function recordFirstRevisions(tx: Tx, entityType: RevisedEntity, records: Array<{ id: number; fields: RevisionFields }>, summary: string) {
  await tx.revision.createMany({
    data: records.map(({ id, fields }) => ({ entityType, entityId: id, number: 1, fields: asJson(fields), summary, userEmail: SYSTEM.email })),
  });
}

const asJson = (fields: RevisionFields) => JSON.parse(JSON.stringify(fields)) as Prisma.InputJsonValue;
