import "server-only";
import { db } from "../db";

export const ACTIVITY_PAGE_SIZE = 50;

export type ActivityFilter = { entityType?: string; entityId?: string; before?: number };

/** Who is reading: user management's trail (every account's email, role and status) is for admins, as /admin/users is. */
export type ActivityReader = { role: "ADMIN" | "EDITOR" };

/** Kinds of record only admins may read the events of. */
const ADMIN_ONLY_ENTITY_TYPES = ["user"];

/** Audit events newest first, optionally for one kind of record or one record; `before` pages by id. */
export async function activity(reader: ActivityReader, filter: ActivityFilter = {}) {
  const events = await db.auditEvent.findMany({
    where: {
      AND: [
        // In the query itself, beside (never replaced by) the reader's filter, so no filter or page reaches these events.
        reader.role === "ADMIN" ? {} : { entityType: { notIn: ADMIN_ONLY_ENTITY_TYPES } },
        {
          ...(filter.entityType ? { entityType: filter.entityType } : {}),
          ...(filter.entityId ? { entityId: filter.entityId } : {}),
          ...(filter.before ? { id: { lt: filter.before } } : {}),
        },
      ],
    },
    orderBy: { id: "desc" },
    take: ACTIVITY_PAGE_SIZE + 1,
    select: {
      id: true,
      at: true,
      userEmail: true,
      user: { select: { name: true } },
      action: true,
      entityType: true,
      entityId: true,
      summary: true,
      before: true,
      after: true,
      revision: { select: { number: true } },
    },
  });
  const hasMore = events.length > ACTIVITY_PAGE_SIZE;
  return { events: events.slice(0, ACTIVITY_PAGE_SIZE), nextBefore: hasMore ? events[ACTIVITY_PAGE_SIZE - 1]!.id : null };
}
export type ActivityEvent = Awaited<ReturnType<typeof activity>>["events"][number];
