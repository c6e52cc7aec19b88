import type { z } from "zod";
import { db } from "../db";
import type { Actor } from "../audit";
import { fail, type Failure, type Result } from "../result";
import { updateCity } from "../cities/mutations";
import { cityFieldsSchema } from "../cities/schema";
import { updateFaqEntry } from "../faq/mutations";
import { faqFieldsSchema } from "../faq/schema";
import { updatePageText } from "../listing/mutations";
import { pageTextContentSchema } from "../listing/schema";
import { LISTING_ID } from "../listing/the-listing";
import type { RevisedEntity } from "./record";
import type { RestoreRevisionInput } from "./schema";

// Restoring saves the revision's fields through the record's own update, as a new revision: the
// same version check (a 409 when someone saved meanwhile), slug rules, audit and revalidation.

const NOUN: Record<RevisedEntity, string> = { city: "city", faq: "FAQ entry", listing: "page text" };

/** The revision's fields, checked by today's schema (a revision saved under older rules may no longer pass). */
async function revisionFields<S extends z.ZodObject>(entityType: RevisedEntity, entityId: number, number: number, schema: S): Promise<Result<z.output<S>>> {
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_number: { entityType, entityId, number } },
    select: { fields: true },
  });
  if (!revision) return fail("not-found", `This ${NOUN[entityType]} has no revision ${number}.`);
  const parsed = schema.safeParse(revision.fields);
  if (!parsed.success) {
    const problem = parsed.error.issues[0]?.message ?? "it does not pass today's checks";
    return fail("invalid", `Revision ${number} cannot be restored as it is: ${problem} Copy what you need from it into the form instead.`);
  }
  return { ok: true, value: parsed.data };
}

/** A stale save says "your text is still in the form"; a restore has no form, so it says what to do instead. */
function explained<T>(result: Result<T>, entityType: RevisedEntity, number: number): Result<T> {
  if (result.ok || result.reason !== "stale") return result;
  const failure: Failure = {
    ...result,
    message: `Someone saved this ${NOUN[entityType]} after you opened its history, so revision ${number} was not restored. The history has been reloaded: look at their change, then restore again if you still want to.`,
  };
  return failure;
}

export async function restoreCityRevision({ id, number, version }: RestoreRevisionInput, actor: Actor) {
  const fields = await revisionFields("city", id, number, cityFieldsSchema);
  if (!fields.ok) return fields;
  return explained(await updateCity({ id, version, ...fields.value }, actor, { restoredFrom: number }), "city", number);
}

export async function restoreFaqRevision({ id, number, version }: RestoreRevisionInput, actor: Actor) {
  const fields = await revisionFields("faq", id, number, faqFieldsSchema);
  if (!fields.ok) return fields;
  return explained(await updateFaqEntry({ id, version, ...fields.value }, actor, { restoredFrom: number }), "faq", number);
}

export async function restorePageTextRevision({ number, version }: Omit<RestoreRevisionInput, "id">, actor: Actor) {
  const fields = await revisionFields("listing", LISTING_ID, number, pageTextContentSchema);
  if (!fields.ok) return fields;
  return explained(await updatePageText({ ...fields.value, version }, actor, { restoredFrom: number }), "listing", number);
}
