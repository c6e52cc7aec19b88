import { editorRoute } from "@/lib/auth/actions";
import { reorderFaq } from "@/lib/faq/mutations";
import { reorderFaqSchema } from "@/lib/faq/schema";
import { revalidatingPublicSite } from "@/lib/revalidate";

/** PUT /api/editor/faq/order with { "ids": [...], "version": n }, like /api/editor/cities/order. */
export const PUT = editorRoute(reorderFaqSchema, (input, editor) => revalidatingPublicSite(reorderFaq(input, editor)));
