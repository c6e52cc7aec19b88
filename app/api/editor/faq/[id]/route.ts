import { editorRoute } from "@/lib/auth/actions";
import { routeIdSchema } from "@/lib/content-schema";
import { trashFaqEntry, updateFaqEntry } from "@/lib/faq/mutations";
import { faqEntryRefSchema, patchFaqEntrySchema } from "@/lib/faq/schema";
import { revalidatingPublicSite } from "@/lib/revalidate";

/** PATCH /api/editor/faq/[id]: any of question, answer, status, plannedPosition, with the entry's "version". */
export const PATCH = editorRoute(patchFaqEntrySchema.extend({ id: routeIdSchema }), (input, editor) => revalidatingPublicSite(updateFaqEntry(input, editor)));

/** DELETE /api/editor/faq/[id] with { "version" }: moves the entry to the trash (restorable in the dashboard). */
export const DELETE = editorRoute(faqEntryRefSchema.extend({ id: routeIdSchema }), (input, editor) => revalidatingPublicSite(trashFaqEntry(input, editor)));
