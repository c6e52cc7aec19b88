"use server";

import { editorAction } from "@/lib/auth/actions";
import { mergeContentFile } from "@/lib/content-transfer/merge-content";
import { importRankingCsv } from "@/lib/content-transfer/ranking-import";
import { contentMergeSchema, rankingCsvImportSchema } from "@/lib/content-transfer/schema";
import { revalidatePublicSite } from "@/lib/revalidate";
import type { Result } from "@/lib/result";

/** Refreshes the public site only when the import was applied: a preview changes nothing. */
async function revalidatingWhenApplied<T extends { applied: boolean }>(mutation: Promise<Result<T>>): Promise<Result<T>> {
  const result = await mutation;
  if (result.ok && result.value.applied) revalidatePublicSite();
  return result;
}

/** Editors reorder and edit cities by hand, so they may do it from a spreadsheet too. */
export const importRankingCsvAction = editorAction(rankingCsvImportSchema, (input, editor) => revalidatingWhenApplied(importRankingCsv(input, editor)));

// Admins only: merging starts an edition when none is being prepared.
export const mergeContentFileAction = editorAction(contentMergeSchema, (input, admin) => revalidatingWhenApplied(mergeContentFile(input, admin)), {
  role: "ADMIN",
});
