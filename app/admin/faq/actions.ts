"use server";

import { editorAction } from "@/lib/auth/actions";
import { createFaqEntry, deleteFaqEntryForever, moveFaqEntry, restoreFaqEntry, trashFaqEntry, updateFaqEntry } from "@/lib/faq/mutations";
import { createFaqEntrySchema, faqEntryRefSchema, moveFaqEntrySchema, trashedFaqEntrySchema, updateFaqEntrySchema } from "@/lib/faq/schema";
import { statusSchema } from "@/lib/content-schema";
import { revalidatingPublicSite } from "@/lib/revalidate";
import { schedulePublication } from "@/lib/scheduling/mutations";
import { scheduleSchema } from "@/lib/scheduling/schema";
import { restoreFaqRevision } from "@/lib/revisions/restore";
import { restoreRevisionSchema } from "@/lib/revisions/schema";

const faqStatusSchema = faqEntryRefSchema.extend({ status: statusSchema });

export const createFaqEntryAction = editorAction(createFaqEntrySchema, (input, editor) => revalidatingPublicSite(createFaqEntry(input, editor)));
export const updateFaqEntryAction = editorAction(updateFaqEntrySchema, (input, editor) => revalidatingPublicSite(updateFaqEntry(input, editor)));
export const setFaqEntryStatusAction = editorAction(faqStatusSchema, (input, editor) => revalidatingPublicSite(updateFaqEntry(input, editor)));
export const moveFaqEntryAction = editorAction(moveFaqEntrySchema, (input, editor) => revalidatingPublicSite(moveFaqEntry(input, editor)));
export const trashFaqEntryAction = editorAction(faqEntryRefSchema, (input, editor) => revalidatingPublicSite(trashFaqEntry(input, editor)));
export const restoreFaqEntryAction = editorAction(trashedFaqEntrySchema, (input, editor) => revalidatingPublicSite(restoreFaqEntry(input, editor)));
export const deleteFaqEntryForeverAction = editorAction(trashedFaqEntrySchema, (input, editor) => revalidatingPublicSite(deleteFaqEntryForever(input, editor)));

export const restoreFaqRevisionAction = editorAction(restoreRevisionSchema, (input, editor) => revalidatingPublicSite(restoreFaqRevision(input, editor)));

export const scheduleFaqEntryPublicationAction = editorAction(scheduleSchema, (input, editor) => schedulePublication("faq", input, editor));
