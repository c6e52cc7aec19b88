"use server";

import { editorAction } from "@/lib/auth/actions";
import { updatePageText } from "@/lib/listing/mutations";
import { pageTextSchema } from "@/lib/listing/schema";
import { revalidatingPublicSite } from "@/lib/revalidate";
import { restorePageTextRevision } from "@/lib/revisions/restore";
import { restorePageTextRevisionSchema } from "@/lib/revisions/schema";

export const updatePageTextAction = editorAction(pageTextSchema, (input, editor) => revalidatingPublicSite(updatePageText(input, editor)));

export const restorePageTextRevisionAction = editorAction(restorePageTextRevisionSchema, (input, editor) =>
  revalidatingPublicSite(restorePageTextRevision(input, editor)),
);
