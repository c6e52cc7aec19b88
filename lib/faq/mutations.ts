import { db } from "../db";
import { recordAudit, type Actor } from "../audit";
import type { Prisma } from "../generated/prisma/client";
import { fail, ok, type Result } from "../result";
import { bumpListVersion, insertIntoOrder, lockList, removeFromOrder } from "../ranking/ordered-list";
import { staleRecordFailure } from "../ranking/failures";
import { moveEntry, reorderEntries } from "../ranking/reorder";
import type { MoveInput } from "../content-schema";
import type { CreateFaqEntryInput, PatchFaqEntryInput } from "./schema";
import { theListing } from "../listing/the-listing";
import { faqEditableFields } from "./fields";
import { faqFieldsSchema } from "./schema";
import { fieldsOf } from "../content-fields";
import { recordRevision } from "../revisions/record";
import { cancelPendingSchedules } from "../scheduling/cancel";

type Tx = Prisma.TransactionClient;

const auditedFields = { id: true, ...faqEditableFields, position: true, plannedPosition: true, status: true, version: true, deletedAt: true } as const;
type FaqSnapshot = Prisma.FaqEntryGetPayload<{ select: typeof auditedFields }>;

export type SavedFaqEntry = { id: number; version: number; position: number | null; listVersion: number };

const snapshot = (tx: Tx, id: number) => tx.faqEntry.findUniqueOrThrow({ where: { id }, select: auditedFields });
const find = (tx: Tx, id: number) => tx.faqEntry.findUnique({ where: { id }, select: auditedFields });
const json = (value: FaqSnapshot) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
/** The question for a one-line summary: cut by characters, never inside an emoji's surrogate pair. */
const short = (question: string) => {
  const characters = Array.from(question);
  return characters.length > 60 ? `“${characters.slice(0, 57).join("")}…”` : `“${question}”`;
};
const saved = (after: FaqSnapshot, listVersion: number) => ok({ id: after.id, version: after.version, position: after.position, listVersion });

export async function createFaqEntry(input: CreateFaqEntryInput, actor: Actor): Promise<Result<SavedFaqEntry>> {
  const { status, plannedPosition, ...fields } = input;
  return db.$transaction(async (tx) => {
    let listVersion = await lockList(tx, "faq");
    const created = await tx.faqEntry.create({ data: { ...fields, plannedPosition: plannedPosition ?? null, updatedById: actor.id }, select: { id: true } });
    if (status === "PUBLISHED") {
      await insertIntoOrder(tx, "faq", created.id, plannedPosition ?? Number.MAX_SAFE_INTEGER);
      listVersion = await bumpListVersion(tx, "faq");
    }
    const after = await snapshot(tx, created.id);
    const summary = `Created the FAQ entry ${short(after.question)}`;
    const auditEventId = await recordAudit(tx, actor, { action: "faq.create", entityType: "faq", entityId: after.id, summary, after: json(after) });
    await recordRevision(tx, actor, { entityType: "faq", entityId: after.id, before: null, after: fieldsOf(faqFieldsSchema, after), auditEventId, summary });
    return saved(after, listVersion);
  });
}

/** Saves the given fields if `version` is still current. `restoredFrom`: the save restores that revision. */
export function updateFaqEntry(input: PatchFaqEntryInput, actor: Actor, options: { restoredFrom?: number } = {}): Promise<Result<SavedFaqEntry>> {
  return db.$transaction((tx) => updateFaqEntryIn(tx, input, actor, options));
}

/** updateFaqEntry's work inside the caller's transaction (a scheduled publication's). */
export async function updateFaqEntryIn(
  tx: Tx,
  input: PatchFaqEntryInput,
  actor: Actor,
  { restoredFrom }: { restoredFrom?: number } = {},
): Promise<Result<SavedFaqEntry>> {
  const { id, version, status, ...fields } = input;
  const before = await find(tx, id);
  if (!before) return fail("not-found", "This FAQ entry does not exist (it may have been deleted for good).");
  if (before.deletedAt)
    return fail(
      "conflict",
      "Someone moved this FAQ entry to the trash while you were editing it. Your text is still in the form; restore the entry from the trash to save it.",
    );
  const statusChanges = status !== undefined && status !== before.status;
  let listVersion = statusChanges
    ? await lockList(tx, "faq")
    : (await tx.listing.findUniqueOrThrow({ where: theListing, select: { faqVersion: true } })).faqVersion;
  const updated = await tx.faqEntry.updateMany({
    where: { id, version, deletedAt: null },
    data: { ...fields, version: { increment: 1 }, updatedById: actor.id },
  });
  if (updated.count === 0) return staleRecordFailure(tx, "faq", id, version);
  if (statusChanges) {
    // A position sent with the status change wins over the one stored before it.
    const planned = fields.plannedPosition !== undefined ? fields.plannedPosition : before.plannedPosition;
    if (status === "PUBLISHED") await insertIntoOrder(tx, "faq", id, planned ?? Number.MAX_SAFE_INTEGER);
    else {
      await removeFromOrder(tx, "faq", id, "unpublish");
      if (fields.plannedPosition !== undefined) await tx.faqEntry.update({ where: { id }, data: { plannedPosition: fields.plannedPosition } });
    }
    listVersion = await bumpListVersion(tx, "faq");
    await cancelPendingSchedules(tx, "faq", id, status === "PUBLISHED" ? `Published by ${actor.email}` : `Unpublished by ${actor.email}`);
  }
  const after = await snapshot(tx, id);
  const saveAction = !statusChanges ? "faq.update" : status === "PUBLISHED" ? "faq.publish" : "faq.unpublish";
  const action = restoredFrom ? "faq.revert" : saveAction;
  const summary = restoredFrom
    ? `Restored the FAQ entry ${short(after.question)} to revision ${restoredFrom}`
    : `${{ "faq.update": "Edited", "faq.publish": "Published", "faq.unpublish": "Unpublished" }[saveAction]} the FAQ entry ${short(after.question)}`;
  const auditEventId = await recordAudit(tx, actor, { action, entityType: "faq", entityId: id, summary, before: json(before), after: json(after) });
  await recordRevision(tx, actor, {
    entityType: "faq",
    entityId: id,
    before: fieldsOf(faqFieldsSchema, before),
    after: fieldsOf(faqFieldsSchema, after),
    auditEventId,
    summary,
    restoredFrom,
  });
  return saved(after, listVersion);
}

export async function trashFaqEntry(input: { id: number; version: number }, actor: Actor): Promise<Result<SavedFaqEntry>> {
  return db.$transaction(async (tx) => {
    let listVersion = await lockList(tx, "faq");
    const before = await find(tx, input.id);
    if (!before) return fail("not-found", "This FAQ entry does not exist (it may have been deleted for good).");
    if (before.deletedAt) return fail("conflict", "This FAQ entry is already in the trash.");
    if (before.version !== input.version) return staleRecordFailure(tx, "faq", input.id, input.version);
    await removeFromOrder(tx, "faq", input.id, "trash");
    await cancelPendingSchedules(tx, "faq", input.id, `Moved to the trash by ${actor.email}`);
    await tx.faqEntry.update({ where: { id: input.id }, data: { version: { increment: 1 }, updatedById: actor.id } });
    if (before.position !== null) listVersion = await bumpListVersion(tx, "faq");
    const after = await snapshot(tx, input.id);
    await recordAudit(tx, actor, {
      action: "faq.trash",
      entityType: "faq",
      entityId: input.id,
      summary: `Moved the FAQ entry ${short(before.question)} to the trash`,
      before: json(before),
      after: json(after),
    });
    return saved(after, listVersion);
  });
}

export async function restoreFaqEntry(input: { id: number }, actor: Actor): Promise<Result<SavedFaqEntry>> {
  return db.$transaction(async (tx) => {
    let listVersion = await lockList(tx, "faq");
    const before = await find(tx, input.id);
    if (!before?.deletedAt) return fail("not-found", "This FAQ entry is not in the trash.");
    if (before.status === "PUBLISHED") {
      await insertIntoOrder(tx, "faq", input.id, before.plannedPosition ?? Number.MAX_SAFE_INTEGER);
      listVersion = await bumpListVersion(tx, "faq");
    }
    await tx.faqEntry.update({ where: { id: input.id }, data: { deletedAt: null, version: { increment: 1 }, updatedById: actor.id } });
    const after = await snapshot(tx, input.id);
    await recordAudit(tx, actor, {
      action: "faq.restore",
      entityType: "faq",
      entityId: input.id,
      summary: `Restored the FAQ entry ${short(after.question)}`,
      before: json(before),
      after: json(after),
    });
    return saved(after, listVersion);
  });
}

export async function deleteFaqEntryForever(input: { id: number }, actor: Actor): Promise<Result<{ id: number }>> {
  return db.$transaction(async (tx) => {
    const before = await find(tx, input.id);
    if (!before?.deletedAt) return fail("not-found", "Only an FAQ entry in the trash can be deleted for good.");
    // Deleted only while still in the trash: a restore committed meanwhile keeps the entry.
    const { count } = await tx.faqEntry.deleteMany({ where: { id: input.id, deletedAt: { not: null } } });
    if (count === 0) return fail("conflict", "Someone restored this FAQ entry meanwhile, so it was not deleted.");
    await recordAudit(tx, actor, {
      action: "faq.delete",
      entityType: "faq",
      entityId: input.id,
      summary: `Deleted the FAQ entry ${short(before.question)} for good`,
      before: json(before),
    });
    return ok({ id: input.id });
  });
}

export async function moveFaqEntry(input: MoveInput, actor: Actor): Promise<Result<{ listVersion: number; position: number }>> {
  return moveEntry("faq", input, actor, short);
}

export function reorderFaq(input: { ids: number[]; version: number }, actor: Actor): Promise<Result<{ version: number }>> {
  return reorderEntries("faq", input, actor);
}
