import { emptyFormValuesOf, formValuesOf, selectOf } from "../content-fields";
import type { FaqEntryForEditing } from "./editor-queries";
import { faqFieldsSchema } from "./schema";

// Where an FAQ entry's editable fields (faqFieldsSchema) go: the public and editor reads, the audit
// and the forms all take them from here. Checked by lib/faq/fields.int.test.ts.

/** Every field an editor sets on an FAQ entry, as a Prisma select. */
export const faqEditableFields = selectOf(faqFieldsSchema);

/** The new-entry form's starting values: every field empty, a draft. */
export function newFaqEntryFormValues() {
  return { ...emptyFormValuesOf(faqFieldsSchema), status: "DRAFT" as const };
}

/** The edit form's starting values, from the entry as stored. */
export function faqEntryFormValues(entry: FaqEntryForEditing) {
  return { id: entry.id, version: entry.version, plannedPosition: entry.plannedPosition ?? undefined, ...formValuesOf(faqFieldsSchema, entry) };
}
