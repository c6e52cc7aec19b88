import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { db } from "../db";
import type { Actor } from "../audit";
import { fieldNamesOf } from "../content-fields";
import { seededDatabaseWithEditor } from "../../test/content-fixtures";
import { faqEntriesWithDraftsForApi, faqEntryForEditing } from "./editor-queries";
import { faqEntryFormValues, newFaqEntryFormValues } from "./fields";
import { createFaqEntry, updateFaqEntry } from "./mutations";
import { publishedFaq } from "./queries";
import { createFaqEntrySchema, faqFieldsSchema, updateFaqEntrySchema } from "./schema";

// Every field an editor can set on an FAQ entry (faqFieldsSchema) must reach the form, the editors'
// and readers' answers and the audit, as lib/cities/fields.int.test.ts checks for cities.

const fields = fieldNamesOf(faqFieldsSchema);

/** A value for every field, as the form sends it. */
const typed = { question: "Does every field arrive?", answer: "Every **field** does." } satisfies z.input<typeof faqFieldsSchema>;
/** Another value for every field, for an edit that changes them all. */
const retyped = { question: "Does every change arrive?", answer: "Every change *does*." } satisfies z.input<typeof faqFieldsSchema>;

const only = (record: Record<string, unknown>, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, record[name]]));

let editor: Actor;
let entryId: number;
let stored: Record<string, unknown>;

beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
  const input = createFaqEntrySchema.parse({ ...typed, status: "PUBLISHED" });
  const created = await createFaqEntry(input, editor);
  if (!created.ok) throw new Error(created.message);
  entryId = created.value.id;
  stored = only(input, fields);
});

describe("every field of an FAQ entry reaches every place an editor or reader sees it", () => {
  it("the test's values name every field of the schema", () => {
    expect(Object.keys(typed).sort()).toEqual([...fields].sort());
    expect(Object.keys(retyped).sort()).toEqual([...fields].sort());
  });

  it("the new-entry form starts with every field, and the edit form with every stored value", async () => {
    expect(Object.keys(newFaqEntryFormValues())).toEqual(expect.arrayContaining(fields));
    const entry = await faqEntryForEditing(entryId);
    expect(only(updateFaqEntrySchema.parse(faqEntryFormValues(entry!)), fields)).toEqual(stored);
  });

  it("readers get every field in the FAQ and GET /api/faq; editors in GET /api/editor/faq", async () => {
    const { entries } = await publishedFaq();
    expect(
      only(
        entries.find((entry) => entry.id === entryId)!,
        fields,
      ),
    ).toEqual(stored);
    const withDrafts = await faqEntriesWithDraftsForApi();
    expect(
      only(
        withDrafts.entries.find((entry) => entry.id === entryId)!,
        fields,
      ),
    ).toEqual(stored);
  });

  it("the activity log holds every field before and after an edit", async () => {
    const entry = (await faqEntryForEditing(entryId))!;
    const input = updateFaqEntrySchema.parse({ ...retyped, id: entryId, version: entry.version });
    expect((await updateFaqEntry(input, editor)).ok).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: "faq", entityId: String(entryId), action: "faq.update" } });
    expect(only(event.before as Record<string, unknown>, fields)).toEqual(stored);
    expect(only(event.after as Record<string, unknown>, fields)).toEqual(only(input, fields));
  });

  it("revisions keep every field, so restoring one brings every field back", async () => {
    const revisions = await db.revision.findMany({ where: { entityType: "faq", entityId: entryId }, orderBy: { number: "asc" } });
    expect(revisions.map((revision) => revision.fields)).toEqual([stored, only(updateFaqEntrySchema.parse({ ...retyped, id: 1, version: 1 }), fields)]);
  });
});
