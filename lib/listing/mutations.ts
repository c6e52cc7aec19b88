import { db } from "../db";
import { recordAudit, type Actor } from "../audit";
import type { Prisma } from "../generated/prisma/client";
import { fail, ok, type Result } from "../result";
import { pageTextContentSchema, type PageTextInput } from "./schema";
import { fieldsOf } from "../content-fields";
import { recordRevision } from "../revisions/record";
import { pageTextFields } from "./fields";
import { LISTING_ID, theListing } from "./the-listing";
import { archivedYearConflict } from "../editions/mutations";

/** Saves the page text if nobody saved it since `version`. `restoredFrom`: the save restores that revision. */
export async function updatePageText(
  input: PageTextInput,
  actor: Actor,
  { restoredFrom }: { restoredFrom?: number } = {},
): Promise<Result<{ version: number }>> {
  const { version, ...fields } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.listing.findUniqueOrThrow({ where: theListing, select: pageTextFields });
    const yearConflict = await archivedYearConflict(tx, fields.year, before.year);
    if (yearConflict) return fail("invalid", yearConflict, { fieldErrors: { year: [yearConflict] } });
    const updated = await tx.listing.updateMany({ where: { ...theListing, version }, data: { ...fields, version: { increment: 1 }, updatedById: actor.id } });
    if (updated.count === 0) {
      const current = await tx.listing.findUniqueOrThrow({
        where: theListing,
        select: { version: true, updatedAt: true, updatedBy: { select: { email: true } } },
      });
      return fail(
        "stale",
        `${current.updatedBy?.email ?? "Someone else"} saved the page text after you opened it. Your text is still in the form: reload to see their changes, then apply yours again.`,
        { currentVersion: current.version },
      );
    }
    const after = await tx.listing.findUniqueOrThrow({ where: theListing, select: pageTextFields });
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => before[key] !== after[key]);
    const summary = restoredFrom
      ? `Restored the page text to revision ${restoredFrom}`
      : `Edited the page text${changed.length ? ` (${changed.join(", ")})` : ""}`;
    const auditEventId = await recordAudit(tx, actor, {
      action: restoredFrom ? "listing.revert" : "listing.update",
      entityType: "listing",
      entityId: LISTING_ID,
      summary,
      before: before as Prisma.InputJsonValue,
      after: after as Prisma.InputJsonValue,
    });
    await recordRevision(tx, actor, {
      entityType: "listing",
      entityId: LISTING_ID,
      before: fieldsOf(pageTextContentSchema, before),
      after: fieldsOf(pageTextContentSchema, after),
      auditEventId,
      summary,
      restoredFrom,
    });
    return ok({ version: after.version });
  });
}
