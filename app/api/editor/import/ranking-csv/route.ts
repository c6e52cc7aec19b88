import { editorRoute } from "@/lib/auth/actions";
import { importRankingCsv } from "@/lib/content-transfer/ranking-import";
import { MAX_IMPORT_REQUEST_BYTES, rankingCsvImportSchema } from "@/lib/content-transfer/schema";
import { revalidatingWhenApplied } from "@/lib/revalidate";

// A route rather than a server action: Next reads a server action's whole body before any of our
// code runs, so taking files there would mean a large body limit for every action and every caller.
// Here the session is checked first, and only then is the body read, up to the file limit.

export const dynamic = "force-dynamic";

/**
 * POST /api/editor/import/ranking-csv: `{ file }` (the CSV's text) previews what it changes;
 * `{ file, confirm }` with the preview's token applies exactly that (409 if anything changed since).
 * Editors reorder and edit cities by hand, so they may do it from a spreadsheet too.
 */
export const POST = editorRoute(rankingCsvImportSchema, (input, editor) => revalidatingWhenApplied(importRankingCsv(input, editor)), {
  maxBodyBytes: MAX_IMPORT_REQUEST_BYTES,
});
