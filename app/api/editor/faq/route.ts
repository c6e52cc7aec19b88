import { editorQuery, editorRoute } from "@/lib/auth/actions";
import { faqEntriesWithDraftsForApi } from "@/lib/faq/editor-queries";
import { createFaqEntry } from "@/lib/faq/mutations";
import { createFaqEntrySchema } from "@/lib/faq/schema";
import { ok } from "@/lib/result";
import { revalidatingPublicSite } from "@/lib/revalidate";

// Apart from the public, static GET /api/faq for the same reason as ../cities/route.ts.

export const dynamic = "force-dynamic";

/** GET /api/editor/faq: { version, entries } with drafts (status, plannedPosition, version), editors only. */
export const GET = editorQuery(async () => ok(await faqEntriesWithDraftsForApi()));

/** POST /api/editor/faq: a new entry (a draft unless "status": "PUBLISHED"); 201 with { id, version, position, listVersion }. */
export const POST = editorRoute(createFaqEntrySchema, (input, editor) => revalidatingPublicSite(createFaqEntry(input, editor)), { successStatus: 201 });
