import { db } from "../db";
import { isInPublicEdition } from "../editions/mutations";
import { recordAudit, type Actor } from "../audit";
import type { Prisma } from "../generated/prisma/client";
import { fail, ok, type Failure, type Result } from "../result";
import { bumpListVersion, insertIntoOrder, lockList, removeFromOrder } from "../ranking/ordered-list";
import { isUniqueViolation, staleRecordFailure } from "../ranking/failures";
import { moveEntry, reorderEntries } from "../ranking/reorder";
import type { MoveInput } from "../content-schema";
import type { CityRef, CreateCityInput, PatchCityInput, ReorderInput } from "./schema";
import { theListing } from "../listing/the-listing";
import { cityEditableFields } from "./fields";
import { cityFieldsSchema } from "./schema";
import { fieldsOf } from "../content-fields";
import { recordRevision } from "../revisions/record";
import { cancelPendingSchedules } from "../scheduling/cancel";

type Tx = Prisma.TransactionClient;

const auditedFields = { id: true, ...cityEditableFields, rank: true, plannedRank: true, status: true, version: true, deletedAt: true } as const;
type CitySnapshot = Prisma.CityGetPayload<{ select: typeof auditedFields }>;

export type SavedCity = { id: number; slug: string; version: number; rank: number | null; previousSlug: string | null };
export type ListChange = { listVersion: number };

const slugTaken = (slug: string): Failure =>
  fail("conflict", `Another city already uses the address “${slug}”. Choose a different one.`, {
    fieldErrors: { slug: ["Another city already uses this address."] },
  });

export async function createCity(input: CreateCityInput, actor: Actor): Promise<Result<SavedCity & ListChange>> {
  const { status, plannedRank, ...fields } = input;
  try {
    return await db.$transaction(async (tx) => {
      let listVersion = await lockList(tx, "cities");
      const created = await tx.city.create({
        data: { ...fields, status: "DRAFT", plannedRank: plannedRank ?? null, updatedById: actor.id },
        select: { id: true },
      });
      if (status === "PUBLISHED") {
        await insertIntoOrder(tx, "cities", created.id, plannedRank ?? Number.MAX_SAFE_INTEGER);
        listVersion = await bumpListVersion(tx, "cities");
      }
      const after = await snapshot(tx, created.id);
      const summary = `Created ${after.name}${after.rank ? ` at rank ${after.rank}` : " as a draft"}`;
      const auditEventId = await recordAudit(tx, actor, { action: "city.create", entityType: "city", entityId: created.id, summary, after: json(after) });
      await recordRevision(tx, actor, {
        entityType: "city",
        entityId: created.id,
        before: null,
        after: fieldsOf(cityFieldsSchema, after),
        auditEventId,
        summary,
      });
      return ok({ id: after.id, slug: after.slug, version: after.version, rank: after.rank, previousSlug: null, listVersion });
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug")) return slugTaken(fields.slug);
    throw error;
  }
}

/**
 * Saves the given fields (all of them from the form, any subset from the API) if `version` is still
 * current. `restoredFrom`: the save restores that revision (lib/revisions/restore.ts).
 */
export async function updateCity(
  input: PatchCityInput,
  actor: Actor,
  { restoredFrom }: { restoredFrom?: number } = {},
): Promise<Result<SavedCity & ListChange>> {
  try {
    return await db.$transaction((tx) => updateCityIn(tx, input, actor, { restoredFrom }));
  } catch (error) {
    if (input.slug && isUniqueViolation(error, "slug")) return slugTaken(input.slug);
    throw error;
  }
}

/** updateCity's work inside the caller's transaction (a scheduled publication's). A taken slug throws. */
export async function updateCityIn(
  tx: Tx,
  input: PatchCityInput,
  actor: Actor,
  { restoredFrom }: { restoredFrom?: number } = {},
): Promise<Result<SavedCity & ListChange>> {
  const { id, version, status, ...fields } = input;
  const before = await findCity(tx, id);
  if (!before) return fail("not-found", "This city does not exist (it may have been deleted for good).");
  if (before.deletedAt)
    return fail(
      "conflict",
      "Someone moved this city to the trash while you were editing it. Your text is still in the form; restore the city from the trash to save it.",
    );
  const statusChanges = status !== undefined && status !== before.status;
  let listVersion = statusChanges ? await lockList(tx, "cities") : await currentListVersion(tx);
  const updated = await tx.city.updateMany({
    where: { id, version, deletedAt: null },
    data: { ...fields, version: { increment: 1 }, updatedById: actor.id },
  });
  if (updated.count === 0) return staleRecordFailure(tx, "city", id, version);
  if (statusChanges) {
    // A rank sent with the status change wins over the one stored before it.
    const planned = fields.plannedRank !== undefined ? fields.plannedRank : before.plannedRank;
    if (status === "PUBLISHED") await insertIntoOrder(tx, "cities", id, planned ?? Number.MAX_SAFE_INTEGER);
    else {
      await removeFromOrder(tx, "cities", id, "unpublish");
      if (fields.plannedRank !== undefined) await tx.city.update({ where: { id }, data: { plannedRank: fields.plannedRank } });
    }
    listVersion = await bumpListVersion(tx, "cities");
    await cancelPendingSchedules(tx, "city", id, status === "PUBLISHED" ? `Published by ${actor.email}` : `Unpublished by ${actor.email}`);
  }
  if (fields.slug && fields.slug !== before.slug) await moveSlug(tx, id, before.slug, fields.slug);
  const after = await snapshot(tx, id);
  const summary = restoredFrom ? `Restored ${after.name} to revision ${restoredFrom}` : describeUpdate(before, after);
  const action = restoredFrom ? "city.revert" : statusChanges ? (status === "PUBLISHED" ? "city.publish" : "city.unpublish") : "city.update";
  const auditEventId = await recordAudit(tx, actor, { action, entityType: "city", entityId: id, summary, before: json(before), after: json(after) });
  await recordRevision(tx, actor, {
    entityType: "city",
    entityId: id,
    before: fieldsOf(cityFieldsSchema, before),
    after: fieldsOf(cityFieldsSchema, after),
    auditEventId,
    summary,
    restoredFrom,
  });
  return ok({ id, slug: after.slug, version: after.version, rank: after.rank, previousSlug: after.slug !== before.slug ? before.slug : null, listVersion });
}

/** Moves a city to the trash; the ranks below it move up. Restorable with restoreCity. */
export async function trashCity(input: CityRef, actor: Actor): Promise<Result<SavedCity & ListChange>> {
  return db.$transaction(async (tx) => {
    let listVersion = await lockList(tx, "cities");
    const before = await findCity(tx, input.id);
    if (!before) return fail("not-found", "This city does not exist (it may have been deleted for good).");
    if (before.deletedAt) return fail("conflict", "This city is already in the trash.");
    if (before.version !== input.version) return staleRecordFailure(tx, "city", input.id, input.version);
    await removeFromOrder(tx, "cities", input.id, "trash");
    await cancelPendingSchedules(tx, "city", input.id, `Moved to the trash by ${actor.email}`);
    await tx.city.update({ where: { id: input.id }, data: { version: { increment: 1 }, updatedById: actor.id } });
    if (before.rank !== null) listVersion = await bumpListVersion(tx, "cities");
    const after = await snapshot(tx, input.id);
    await recordAudit(tx, actor, {
      action: "city.trash",
      entityType: "city",
      entityId: input.id,
      summary: `Moved ${before.name}${before.rank ? ` (rank ${before.rank})` : ""} to the trash`,
      before: json(before),
      after: json(after),
    });
    return ok({ id: input.id, slug: after.slug, version: after.version, rank: null, previousSlug: null, listVersion });
  });
}

/** Brings a city back from the trash; a published one returns to its old rank, making room. */
export async function restoreCity(input: { id: number }, actor: Actor): Promise<Result<SavedCity & ListChange>> {
  return db.$transaction(async (tx) => {
    let listVersion = await lockList(tx, "cities");
    const before = await findCity(tx, input.id);
    if (!before?.deletedAt) return fail("not-found", "This city is not in the trash.");
    if (before.status === "PUBLISHED") {
      await insertIntoOrder(tx, "cities", input.id, before.plannedRank ?? Number.MAX_SAFE_INTEGER);
      listVersion = await bumpListVersion(tx, "cities");
    } else {
      await tx.city.update({ where: { id: input.id }, data: { deletedAt: null } });
    }
    await tx.city.update({ where: { id: input.id }, data: { version: { increment: 1 }, updatedById: actor.id } });
    const after = await snapshot(tx, input.id);
    await recordAudit(tx, actor, {
      action: "city.restore",
      entityType: "city",
      entityId: input.id,
      summary: `Restored ${after.name}${after.rank ? ` at rank ${after.rank}` : " as a draft"}`,
      before: json(before),
      after: json(after),
    });
    return ok({ id: input.id, slug: after.slug, version: after.version, rank: after.rank, previousSlug: null, listVersion });
  });
}

/** Deletes a trashed city for good (its audit history stays). */
export async function deleteCityForever(input: { id: number }, actor: Actor): Promise<Result<{ id: number }>> {
  return db.$transaction(async (tx) => {
    const before = await findCity(tx, input.id);
    if (!before?.deletedAt) return fail("not-found", "Only a city in the trash can be deleted for good.");
    if (await isInPublicEdition(tx, input.id))
      return fail(
        "conflict",
        `Readers still see ${before.name} in the edition they are shown, so it can only be deleted for good once the next edition is published.`,
      );
    // Deleted only while still in the trash: a restore committed meanwhile keeps the city.
    const { count } = await tx.city.deleteMany({ where: { id: input.id, deletedAt: { not: null } } });
    if (count === 0) return fail("conflict", "Someone restored this city meanwhile, so it was not deleted.");
    await recordAudit(tx, actor, {
      action: "city.delete",
      entityType: "city",
      entityId: input.id,
      summary: `Deleted ${before.name} for good`,
      before: json(before),
    });
    return ok({ id: input.id });
  });
}

/** Moves one published city to rank `to` (clamped to the list), if the list is still at `listVersion`. */
export async function moveCity(input: MoveInput, actor: Actor): Promise<Result<ListChange & { rank: number }>> {
  const result = await moveEntry("cities", input, actor);
  return result.ok ? ok({ listVersion: result.value.listVersion, rank: result.value.position }) : result;
}

/** Replaces the whole published order (PUT /api/editor/cities/order, drag and drop), if the list is still at `version`. */
export function reorderCities(input: ReorderInput, actor: Actor): Promise<Result<{ version: number }>> {
  return reorderEntries("cities", input, actor);
}

function findCity(tx: Tx, id: number): Promise<CitySnapshot | null> {
  return tx.city.findUnique({ where: { id }, select: auditedFields });
}

const snapshot = (tx: Tx, id: number) => tx.city.findUniqueOrThrow({ where: { id }, select: auditedFields });

async function currentListVersion(tx: Tx): Promise<number> {
  const listing = await tx.listing.findUniqueOrThrow({ where: theListing, select: { rankingVersion: true } });
  return listing.rankingVersion;
}

/** The old address keeps working as a permanent redirect; a city taking an old address ends that redirect. */
async function moveSlug(tx: Tx, cityId: number, from: string, to: string) {
  await tx.slugRedirect.deleteMany({ where: { fromSlug: to } });
  await tx.slugRedirect.upsert({ where: { fromSlug: from }, create: { fromSlug: from, cityId }, update: { cityId } });
}

function describeUpdate(before: CitySnapshot, after: CitySnapshot): string {
  if (before.status !== after.status) {
    return after.status === "PUBLISHED" ? `Published ${after.name} at rank ${after.rank}` : `Unpublished ${after.name} (was rank ${before.rank})`;
  }
  const changed = (Object.keys(auditedFields) as (keyof CitySnapshot)[]).filter(
    (key) => !["version", "rank", "plannedRank", "id"].includes(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return `Edited ${after.name}${changed.length ? ` (${changed.join(", ")})` : ""}`;
}

const json = (value: CitySnapshot): Prisma.InputJsonValue => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
