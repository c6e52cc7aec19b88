import { editorRoute } from "@/lib/auth/actions";
import { reorderCities } from "@/lib/cities/mutations";
import { reorderCitiesSchema } from "@/lib/cities/schema";
import { revalidatingPublicSite } from "@/lib/revalidate";

/**
 * PUT /api/editor/cities/order with { "ids": [...], "version": n }: the complete new order of the
 * published cities, based on the version GET /api/editor/cities (or /api/cities) returned. Answers
 * { "version" } or 409 when stale.
 */
export const PUT = editorRoute(reorderCitiesSchema, (input, editor) => revalidatingPublicSite(reorderCities(input, editor)));
