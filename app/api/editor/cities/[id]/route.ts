import { editorRoute } from "@/lib/auth/actions";
import { routeIdSchema } from "@/lib/content-schema";
import { trashCity, updateCity } from "@/lib/cities/mutations";
import { cityRefSchema, patchCitySchema } from "@/lib/cities/schema";
import { revalidatingPublicSite } from "@/lib/revalidate";

/** PATCH /api/editor/cities/[id]: any of the city's fields and "status", with the "version" it is based on. */
export const PATCH = editorRoute(patchCitySchema.extend({ id: routeIdSchema }), (input, editor) => revalidatingPublicSite(updateCity(input, editor)));

/** DELETE /api/editor/cities/[id] with { "version" }: moves the city to the trash (restorable in the dashboard). */
export const DELETE = editorRoute(cityRefSchema.extend({ id: routeIdSchema }), (input, editor) => revalidatingPublicSite(trashCity(input, editor)));
