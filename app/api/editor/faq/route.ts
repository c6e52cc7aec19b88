import { editorQuery, editorRoute } from "@/lib/auth/actions";
import { faqEntriesWithDraftsForApi } from "@/lib/faq/editor-queries";
import { createFaqEntry } from "@/lib/faq/mutations";
import { createFaqEntrySchema } from "@/lib/faq/schema";
import { ok } from "@/lib/result";
import { revalidatingPublicSite } from "@/lib/revalidate";

// Reached as GET /api/faq?include=drafts and POST /api/faq (rewritten by proxy.ts; see ../cities/route.ts).

export const dynamic = "force-dynamic";

export const GET = editorQuery(async () => ok(await faqEntriesWithDraftsForApi()));

/** POST /api/faq: a new entry (a draft unless "status": "PUBLISHED"); 201 with { id, version, position, listVersion }. */
export const POST = editorRoute(
  createFaqEntrySchema,
  (input, editor) => revalidatingPublicSite(createFaqEntry(input, editor)),
  { successStatus: 201 },
);
