import { editorRoute } from "@/lib/auth/actions";
import { routeIdSchema } from "@/lib/content-schema";
import { trashFaqEntry, updateFaqEntry } from "@/lib/faq/mutations";
import { faqEntryRefSchema, patchFaqEntrySchema } from "@/lib/faq/schema";
import { revalidatePublicSite } from "@/lib/revalidate";

/** PATCH /api/faq/[id]: any of question, answer, status, plannedPosition, with the entry's "version". */
export const PATCH = editorRoute(patchFaqEntrySchema.extend({ id: routeIdSchema }), async (input, editor) => {
  const result = await updateFaqEntry(input, editor);
  if (result.ok) revalidatePublicSite();
  return result;
});

/** DELETE /api/faq/[id] with { "version" }: moves the entry to the trash (restorable in the dashboard). */
export const DELETE = editorRoute(faqEntryRefSchema.extend({ id: routeIdSchema }), async (input, editor) => {
  const result = await trashFaqEntry(input, editor);
  if (result.ok) revalidatePublicSite();
  return result;
});
