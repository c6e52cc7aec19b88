"use server";

import { editorAction } from "@/lib/auth/actions";
import { updatePageText } from "@/lib/listing/mutations";
import { pageTextSchema } from "@/lib/listing/schema";
import { revalidatePublicSite } from "@/lib/revalidate";

export const updatePageTextAction = editorAction(pageTextSchema, async (input, editor) => {
  const result = await updatePageText(input, editor);
  if (result.ok) revalidatePublicSite();
  return result;
});
