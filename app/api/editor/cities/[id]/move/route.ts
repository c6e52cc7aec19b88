import { editorRoute } from "@/lib/auth/actions";
import { routeIdSchema } from "@/lib/content-schema";
import { moveCity } from "@/lib/cities/mutations";
import { moveCitySchema } from "@/lib/cities/schema";
import { revalidatingPublicSite } from "@/lib/revalidate";

/**
 * POST /api/editor/cities/[id]/move with { "to": n, "listVersion": v }: the dashboard's single move,
 * so a script need not send the whole order. `to` beyond the end means last. Answers
 * { "listVersion", "rank" }, or 409 with the current version when the ranking changed since `v`.
 */
export const POST = editorRoute(moveCitySchema.extend({ id: routeIdSchema }), (input, editor) => revalidatingPublicSite(moveCity(input, editor)));
