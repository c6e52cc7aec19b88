import { editorQuery, editorRoute } from "@/lib/auth/actions";
import { citiesWithDraftsForApi } from "@/lib/cities/editor-queries";
import { createCity } from "@/lib/cities/mutations";
import { createCitySchema } from "@/lib/cities/schema";
import { ok } from "@/lib/result";
import { revalidatingPublicSite } from "@/lib/revalidate";

// The editors' JSON API lives under /api/editor, apart from the public GET /api/cities: that one is a
// static file, which can read no session and must not gain handlers (see app/api/cities/route.ts).

export const dynamic = "force-dynamic";

/** GET /api/editor/cities: { version, cities } with drafts (status, plannedRank, version), editors only. */
export const GET = editorQuery(async () => ok(await citiesWithDraftsForApi()));

/** POST /api/editor/cities: a new city (a draft unless "status": "PUBLISHED"); 201 with { id, slug, version, rank, listVersion }. */
export const POST = editorRoute(createCitySchema, (input, editor) => revalidatingPublicSite(createCity(input, editor)), { successStatus: 201 });
