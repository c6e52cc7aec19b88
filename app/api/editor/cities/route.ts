import { editorQuery, editorRoute } from "@/lib/auth/actions";
import { citiesWithDraftsForApi } from "@/lib/cities/editor-queries";
import { createCity } from "@/lib/cities/mutations";
import { createCitySchema } from "@/lib/cities/schema";
import { ok } from "@/lib/result";
import { revalidatingPublicSite } from "@/lib/revalidate";

// Reached as GET /api/cities?include=drafts and POST /api/cities: proxy.ts rewrites those here,
// because the public GET /api/cities is a static file that can read no session.

export const dynamic = "force-dynamic";

/** GET /api/cities?include=drafts: { version, cities } with drafts (status, plannedRank, version), editors only. */
export const GET = editorQuery(async () => ok(await citiesWithDraftsForApi()));

/** POST /api/cities: a new city (a draft unless "status": "PUBLISHED"); 201 with { id, slug, version, rank, listVersion }. */
export const POST = editorRoute(
  createCitySchema,
  (input, editor) => revalidatingPublicSite(createCity(input, editor)),
  { successStatus: 201 },
);
