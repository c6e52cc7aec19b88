"use server";

import { editorAction } from "@/lib/auth/actions";
import { createFaqEntry, deleteFaqEntryForever, moveFaqEntry, restoreFaqEntry, trashFaqEntry, updateFaqEntry } from "@/lib/faq/mutations";
import { createFaqEntrySchema, faqEntryRefSchema, moveFaqEntrySchema, trashedFaqEntrySchema, updateFaqEntrySchema } from "@/lib/faq/schema";
import { statusSchema } from "@/lib/content-schema";
import type { Result } from "@/lib/result";
import { revalidatePublicSite } from "@/lib/revalidate";

async function revalidatedOnSuccess<T>(result: Promise<Result<T>>): Promise<Result<T>> {
  const outcome = await result;
  if (outcome.ok) revalidatePublicSite();
  return outcome;
}

const faqStatusSchema = faqEntryRefSchema.extend({ status: statusSchema });

export const createFaqEntryAction = editorAction(createFaqEntrySchema, (input, editor) => revalidatedOnSuccess(createFaqEntry(input, editor)));
export const updateFaqEntryAction = editorAction(updateFaqEntrySchema, (input, editor) => revalidatedOnSuccess(updateFaqEntry(input, editor)));
export const setFaqEntryStatusAction = editorAction(faqStatusSchema, (input, editor) => revalidatedOnSuccess(updateFaqEntry(input, editor)));
export const moveFaqEntryAction = editorAction(moveFaqEntrySchema, (input, editor) => revalidatedOnSuccess(moveFaqEntry(input, editor)));
export const trashFaqEntryAction = editorAction(faqEntryRefSchema, (input, editor) => revalidatedOnSuccess(trashFaqEntry(input, editor)));
export const restoreFaqEntryAction = editorAction(trashedFaqEntrySchema, (input, editor) => revalidatedOnSuccess(restoreFaqEntry(input, editor)));
export const deleteFaqEntryForeverAction = editorAction(trashedFaqEntrySchema, (input, editor) => revalidatedOnSuccess(deleteFaqEntryForever(input, editor)));
