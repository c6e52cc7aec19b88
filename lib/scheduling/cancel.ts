import type { Prisma } from "../generated/prisma/client";

/**
 * Cancels a record's pending schedule when an editor publishes, unpublishes or trashes it by hand,
 * in the same transaction: a schedule set for the draft must not publish it again later.
 */
export async function cancelPendingSchedules(tx: Prisma.TransactionClient, entityType: "city" | "faq", entityId: number, why: string): Promise<void> {
  await tx.scheduledPublication.updateMany({
    where: { entityType, entityId, state: "pending" },
    data: { state: "cancelled", outcome: why, finishedAt: new Date() },
  });
}
