import { editorRoute } from "@/lib/auth/actions";
import { revalidatingPublicSite } from "@/lib/revalidate";
import { restoreCityRevision } from "@/lib/revisions/restore";
import { restoreRevisionRouteSchema } from "@/lib/revisions/schema";

/**
 * POST /api/editor/cities/[id]/revisions/[number]/restore with { "version": v }: saves revision
 * `number`'s text as the city's newest revision. 409 with the current version when the city was
 * saved since `v`; 404 for a revision it does not have.
 */
export const POST = editorRoute(restoreRevisionRouteSchema, (input, editor) => revalidatingPublicSite(restoreCityRevision(input, editor)));
