import type { Database } from "../db";
import { updateCityIn } from "../cities/mutations";
import { updateFaqEntryIn } from "../faq/mutations";
import { publishEdition } from "../editions/mutations";
import { isDatabaseUnreachable } from "../database/errors";
import { lockList } from "../ranking/ordered-list";
import { fail, ok, type Result } from "../result";

/** The most schedules one run publishes; the rest wait for the next run, seconds later. */
const MOST_PER_RUN = 50;

type Due = { id: number; entityType: string; entityId: number; createdById: number; createdByEmail: string };

/**
 * Publishes every schedule whose time has come, each in a transaction of its own: the schedule's
 * row is claimed with FOR UPDATE SKIP LOCKED and marked done (or failed, with why) in the same
 * transaction as the publication, so however many instances run this at once, each schedule is
 * published once. A publication that lost a race with an editor's save stays pending for the next
 * run. Answers how many schedules finished.
 */
export async function publishDueSchedules(db: Database, now = new Date()): Promise<number> {
  // Most runs find nothing due: they end here, without waiting for the list's lock.
  const [anyDue] = await db.$queryRaw<unknown[]>`SELECT 1 FROM "ScheduledPublication" WHERE state = 'pending' AND "publishAt" <= ${now} LIMIT 1`;
  if (!anyDue) return 0;
  let finished = 0;
  const failedHere: number[] = [];
  for (let attempt = 0; attempt < MOST_PER_RUN; attempt += 1) {
    let claimed: number | null = null;
    let outcome: "none" | "retry" | "finished";
    try {
      outcome = await db.$transaction(async (tx) => {
        // The list's lock first (one row for the cities and the FAQ), as an editor's publish or trash
        // takes it before it cancels the record's schedule: the other order could deadlock with them.
        await lockList(tx, "cities");
        const [due] = await tx.$queryRaw<Due[]>`
          SELECT id, "entityType", "entityId", "createdById", "createdByEmail" FROM "ScheduledPublication"
          WHERE state = 'pending' AND "publishAt" <= ${now} AND NOT (id = ANY(${failedHere}::int[]))
          ORDER BY "publishAt", id LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!due) return "none" as const;
        claimed = due.id;
        const result = await publish(tx, due);
        if (!result.ok && result.reason === "stale") return "retry" as const;
        await tx.scheduledPublication.update({
          where: { id: due.id },
          data: { state: result.ok ? "done" : "failed", outcome: result.ok ? result.value : result.message.slice(0, 300), finishedAt: new Date() },
        });
        return "finished" as const;
      });
    } catch (error) {
      // Nothing claimed, or the database went away: what is due stays pending for the next run. An
      // error after some were published still ends in their pages being refreshed (the caller).
      if (claimed === null || isDatabaseUnreachable(error)) {
        if (finished === 0) throw error;
        console.error("Scheduled publishing stopped early:", error);
        break;
      }
      // Its transaction rolled back: say so on the schedule, so it neither retries forever nor holds up the ones after it.
      failedHere.push(claimed);
      console.error(`Scheduled publication ${claimed} failed:`, error);
      await db.scheduledPublication.updateMany({
        where: { id: claimed, state: "pending" },
        data: { state: "failed", outcome: `An error stopped the publication: ${(error as Error).message}`.slice(0, 300), finishedAt: new Date() },
      });
      outcome = "finished";
    }
    if (outcome === "none" || outcome === "retry") break;
    finished += 1;
  }
  return finished;
}

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

async function publish(tx: Tx, due: Due): Promise<Result<string>> {
  // Published in the name of who scheduled it, as long as that account may still edit.
  const creator = await tx.user.findUnique({ where: { id: due.createdById }, select: { isDisabled: true, role: true } });
  if (!creator || creator.isDisabled) return fail("forbidden", `${due.createdByEmail} can no longer edit, so their schedule was not carried out.`);
  const actor = { id: due.createdById, email: due.createdByEmail };
  if (due.entityType === "edition") {
    if (creator.role !== "ADMIN") return fail("forbidden", `${due.createdByEmail} is no longer an admin, so the edition was not published.`);
    const result = await publishEdition({ year: due.entityId }, actor, tx);
    // Not waiting any more (published by hand): nothing to retry.
    return result.ok ? ok(`Published; the ${result.value.archived} edition is archived.`) : fail("conflict", result.message);
  }
  if (due.entityType === "city") {
    const city = await tx.city.findUnique({ where: { id: due.entityId }, select: { version: true, status: true, deletedAt: true } });
    if (!city) return fail("not-found", "The city was deleted for good before its time came.");
    if (city.deletedAt) return fail("conflict", "The city was in the trash when its time came, so it was not published.");
    if (city.status === "PUBLISHED") return ok("It was already published.");
    const result = await updateCityIn(tx, { id: due.entityId, version: city.version, status: "PUBLISHED" }, actor);
    return result.ok ? ok(`Published at rank ${result.value.rank}.`) : result;
  }
  const entry = await tx.faqEntry.findUnique({ where: { id: due.entityId }, select: { version: true, status: true, deletedAt: true } });
  if (!entry) return fail("not-found", "The FAQ entry was deleted for good before its time came.");
  if (entry.deletedAt) return fail("conflict", "The FAQ entry was in the trash when its time came, so it was not published.");
  if (entry.status === "PUBLISHED") return ok("It was already published.");
  const result = await updateFaqEntryIn(tx, { id: due.entityId, version: entry.version, status: "PUBLISHED" }, actor);
  return result.ok ? ok(`Published at position ${result.value.position}.`) : result;
}
