"use server";

import { editorAction } from "@/lib/auth/actions";
import { updatePageText } from "@/lib/listing/mutations";
import { pageTextSchema } from "@/lib/listing/schema";
import { revalidatingPublicSite } from "@/lib/revalidate";

export const updatePageTextAction = editorAction(pageTextSchema, (input, editor) => revalidatingPublicSite(updatePageText(input, editor)));
