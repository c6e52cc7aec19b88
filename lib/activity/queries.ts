import "server-only";
import { db } from "../db";

export const ACTIVITY_PAGE_SIZE = 50;

export type ActivityFilter = { entityType?: string; entityId?: string; before?: number };

/** Audit events newest first, optionally for one kind of record or one record; `before` pages by id. */
export async function activity(filter: ActivityFilter = {}) {
  const events = await db.auditEvent.findMany({
    where: {
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
      ...(filter.entityId ? { entityId: filter.entityId } : {}),
      ...(filter.before ? { id: { lt: filter.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: ACTIVITY_PAGE_SIZE + 1,
    select: { id: true, at: true, userEmail: true, user: { select: { name: true } }, action: true, entityType: true, entityId: true, summary: true, before: true, after: true },
  });
  const hasMore = events.length > ACTIVITY_PAGE_SIZE;
  return { events: events.slice(0, ACTIVITY_PAGE_SIZE), nextBefore: hasMore ? events[ACTIVITY_PAGE_SIZE - 1]!.id : null };
}
export type ActivityEvent = Awaited<ReturnType<typeof activity>>["events"][number];
