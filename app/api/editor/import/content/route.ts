import { editorRoute } from "@/lib/auth/actions";
import { mergeContentFile } from "@/lib/content-transfer/merge-content";
import { contentMergeSchema, MAX_IMPORT_REQUEST_BYTES } from "@/lib/content-transfer/schema";
import { revalidatingWhenApplied } from "@/lib/revalidate";

// A route, not a server action, for the reason in ../ranking-csv/route.ts.

export const dynamic = "force-dynamic";

/**
 * POST /api/editor/import/content: `{ file }` (a content file's text) previews merging it as the
 * draft of the next edition; `{ file, confirm }` applies that preview. Admins only: it can start an edition.
 */
export const POST = editorRoute(contentMergeSchema, (input, admin) => revalidatingWhenApplied(mergeContentFile(input, admin)), {
  role: "ADMIN",
  maxBodyBytes: MAX_IMPORT_REQUEST_BYTES,
});
