import { editorRoute } from "@/lib/auth/actions";
import { revalidatingPublicSite } from "@/lib/revalidate";
import { restoreFaqRevision } from "@/lib/revisions/restore";
import { restoreRevisionRouteSchema } from "@/lib/revisions/schema";

/** POST /api/editor/faq/[id]/revisions/[number]/restore with { "version": v }: as for a city. */
export const POST = editorRoute(restoreRevisionRouteSchema, (input, editor) => revalidatingPublicSite(restoreFaqRevision(input, editor)));
