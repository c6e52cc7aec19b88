import { insertRows } from "./database/insert-rows";
import { nextIds } from "./database/next-ids";
import type { Prisma } from "./generated/prisma/client";

/** Whoever makes a change: a signed-in editor (lib/auth/session.ts's Editor fits). */
export type Actor = { id: number; email: string };

export type AuditEntry = {
  /** What happened, as `<entity>.<verb>`: "city.update", "city.reorder", "user.disable". */
  action: string;
  entityType: "city" | "faq" | "listing" | "user" | "ranking" | "edition";
  entityId?: string | number | null;
  /** One line for the activity page: "Moved Seoul from 3 to 1". */
  summary: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Writes the audit event inside the caller's transaction, so a change and its record commit together. Answers its id. */
export async function recordAudit(tx: Prisma.TransactionClient, actor: Actor, entry: AuditEntry): Promise<number> {
  const { id } = await tx.auditEvent.create({ data: auditRow(actor, entry), select: { id: true } });
  return id;
}

/** Many audit events in one statement (an import's saves), ids taken first so each caller knows its own. Answers them in order. */
export async function recordAudits(tx: Prisma.TransactionClient, actor: Actor, entries: AuditEntry[]): Promise<number[]> {
  const ids = await nextIds(tx, "AuditEvent", entries.length);
  // Every row with every column (null where an entry has none), as insertRows wants.
  await insertRows(
    tx,
    "AuditEvent",
    entries.map((entry, index) => ({ id: ids[index]!, ...auditRow(actor, entry), before: entry.before ?? null, after: entry.after ?? null })),
  );
  return ids;
}

function auditRow(actor: Actor, entry: AuditEntry) {
  return {
    userId: actor.id,
    userEmail: actor.email,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    summary: entry.summary.slice(0, 300),
    before: entry.before ?? undefined,
    after: entry.after ?? undefined,
  };
}
