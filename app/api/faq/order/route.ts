import { editorRoute } from "@/lib/auth/actions";
import { reorderFaq } from "@/lib/faq/mutations";
import { reorderFaqSchema } from "@/lib/faq/schema";
import { revalidatePublicSite } from "@/lib/revalidate";

/** PUT /api/faq/order with { "ids": [...], "version": n }, like /api/cities/order. */
export const PUT = editorRoute(reorderFaqSchema, async (input, editor) => {
  const result = await reorderFaq(input, editor);
  if (result.ok) revalidatePublicSite();
  return result;
});
