import "server-only";
import { db } from "../db";
import type { ScheduledEntity } from "./mutations";

/** The pending schedule of one draft, if any (its edit page shows it). */
export function pendingScheduleOf(entityType: ScheduledEntity, entityId: number) {
  return db.scheduledPublication.findFirst({
    where: { entityType, entityId, state: "pending" },
    orderBy: { id: "desc" },
    select: { id: true, publishAt: true, createdByEmail: true },
  });
}

/** Every pending schedule, soonest first, and the last ones that finished, each with what it publishes. */
export async function schedulesOverview() {
  const [pending, finished] = await Promise.all([
    db.scheduledPublication.findMany({ where: { state: "pending" }, orderBy: [{ publishAt: "asc" }, { id: "asc" }], take: 200 }),
    db.scheduledPublication.findMany({ where: { state: { not: "pending" } }, orderBy: { finishedAt: "desc" }, take: 20 }),
  ]);
  const ids = (type: string) => [...pending, ...finished].filter((row) => row.entityType === type).map((row) => row.entityId);
  const [cities, entries] = await Promise.all([
    db.city.findMany({ where: { id: { in: ids("city") } }, select: { id: true, name: true } }),
    db.faqEntry.findMany({ where: { id: { in: ids("faq") } }, select: { id: true, question: true } }),
  ]);
  const titleOf = (row: { entityType: string; entityId: number }) =>
    row.entityType === "edition"
      ? `The ${row.entityId} edition`
      : row.entityType === "city"
        ? (cities.find((city) => city.id === row.entityId)?.name ?? "A deleted city")
        : (entries.find((entry) => entry.id === row.entityId)?.question ?? "A deleted FAQ entry");
  const withTitle = <T extends { entityType: string; entityId: number }>(row: T) => ({ ...row, title: titleOf(row) });
  return { pending: pending.map(withTitle), finished: finished.map(withTitle) };
}
export type ScheduleRow = Awaited<ReturnType<typeof schedulesOverview>>["pending"][number];
