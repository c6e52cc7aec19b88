import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { lockList } from "../ranking/ordered-list";
import { recordAudit, type Actor } from "../audit";
import { formatTimestamp } from "../format-date";
import { fail, ok, type Result } from "../result";
import type { ScheduleInput } from "./schema";
import { LISTING_ID } from "../listing/the-listing";

export type ScheduledEntity = "city" | "faq" | "edition";

const NOUN: Record<ScheduledEntity, string> = { city: "city", faq: "FAQ entry", edition: "edition" };

/**
 * What a schedule is for, and whether it can still be published: a draft outside the trash, or the
 * edition being prepared (its id is its year).
 */
async function draftTitle(tx: Prisma.TransactionClient, entityType: ScheduledEntity, id: number): Promise<Result<string>> {
  if (entityType === "edition") {
    const [listing, shown] = await Promise.all([
      tx.listing.findUniqueOrThrow({ where: { id: LISTING_ID }, select: { year: true } }),
      tx.edition.findFirst({ where: { status: "public" }, select: { year: true } }),
    ]);
    if (!shown || listing.year !== id) return fail("conflict", `The ${id} edition is not being prepared, so there is nothing to schedule.`);
    return ok(`the ${id} edition`);
  }
  const record =
    entityType === "city"
      ? await tx.city.findUnique({ where: { id }, select: { name: true, status: true, deletedAt: true } }).then((city) => city && { ...city, title: city.name })
      : await tx.faqEntry
          .findUnique({ where: { id }, select: { question: true, status: true, deletedAt: true } })
          .then((entry) => entry && { ...entry, title: `the FAQ entry “${entry.question.slice(0, 60)}”` });
  if (!record) return fail("not-found", `This ${NOUN[entityType]} does not exist (it may have been deleted for good).`);
  if (record.deletedAt) return fail("conflict", `This ${NOUN[entityType]} is in the trash: restore it before scheduling it.`);
  if (record.status === "PUBLISHED") return fail("conflict", `This ${NOUN[entityType]} is already published.`);
  return ok(record.title);
}

/** Schedules a draft's publication, replacing a schedule it already had. */
export async function schedulePublication(
  entityType: ScheduledEntity,
  { id, publishAt }: ScheduleInput,
  actor: Actor,
): Promise<Result<{ scheduleId: number }>> {
  return db.$transaction(async (tx) => {
    // The list's lock (one row for the cities and the FAQ), as publishing, trashing and the runner
    // take it first: the draft cannot be published or trashed meanwhile, and two editors
    // scheduling it at once leave one schedule.
    await lockList(tx, "cities");
    const title = await draftTitle(tx, entityType, id);
    if (!title.ok) return title;
    await tx.scheduledPublication.updateMany({
      where: { entityType, entityId: id, state: "pending" },
      data: { state: "cancelled", outcome: "Replaced by a new schedule", finishedAt: new Date() },
    });
    const schedule = await tx.scheduledPublication.create({
      data: { entityType, entityId: id, publishAt, createdById: actor.id, createdByEmail: actor.email },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: `${entityType}.schedule`,
      entityType,
      entityId: id,
      summary: `Scheduled ${title.value} to be published at ${formatTimestamp(publishAt)}`,
    });
    return ok({ scheduleId: schedule.id });
  });
}

/** Cancels a pending schedule; one that already ran (or was cancelled) is left as it is. */
export async function cancelSchedule({ scheduleId }: { scheduleId: number }, actor: Actor): Promise<Result<{ scheduleId: number }>> {
  return db.$transaction(async (tx) => {
    // An edition's publication is scheduled by an admin, and only an admin calls it off.
    const target = await tx.scheduledPublication.findUnique({ where: { id: scheduleId }, select: { entityType: true } });
    if (target?.entityType === "edition") {
      const user = await tx.user.findUnique({ where: { id: actor.id }, select: { role: true } });
      if (user?.role !== "ADMIN") return fail("forbidden", "Only an admin can cancel the publication of an edition.");
    }
    const { count } = await tx.scheduledPublication.updateMany({
      where: { id: scheduleId, state: "pending" },
      data: { state: "cancelled", outcome: `Cancelled by ${actor.email}`, finishedAt: new Date() },
    });
    if (count === 0) return fail("conflict", "This schedule is no longer waiting: it already ran or was cancelled.");
    const schedule = await tx.scheduledPublication.findUniqueOrThrow({ where: { id: scheduleId } });
    await recordAudit(tx, actor, {
      action: `${schedule.entityType}.unschedule`,
      entityType: schedule.entityType as ScheduledEntity,
      entityId: schedule.entityId,
      summary: `Cancelled the publication scheduled for ${formatTimestamp(schedule.publishAt)}`,
    });
    return ok({ scheduleId });
  });
}
