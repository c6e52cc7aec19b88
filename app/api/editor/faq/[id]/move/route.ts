import { editorRoute } from "@/lib/auth/actions";
import { routeIdSchema } from "@/lib/content-schema";
import { moveFaqEntry } from "@/lib/faq/mutations";
import { moveFaqEntrySchema } from "@/lib/faq/schema";
import { revalidatingPublicSite } from "@/lib/revalidate";

/** POST /api/editor/faq/[id]/move with { "to", "listVersion" }, like /api/editor/cities/[id]/move; answers { "listVersion", "position" }. */
export const POST = editorRoute(moveFaqEntrySchema.extend({ id: routeIdSchema }), (input, editor) => revalidatingPublicSite(moveFaqEntry(input, editor)));
