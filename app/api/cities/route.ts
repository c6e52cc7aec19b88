import { publishedRanking } from "@/lib/cities/queries";
import { publicJson } from "@/lib/public-api";

// GET /api/cities: { version, cities: [{ id, slug, name, country, rank, summary, focusAreas, updatedAt }] },
// published cities in rank order (shape documented in README.md, "JSON API").
//
// Static: built once and served from Next's cache until revalidatePublicSite() marks it stale, so a
// request reads no database. Keep it that way when adding to this file: a route file that also
// exports POST/PUT/PATCH/DELETE, or a GET that reads the request (search params, cookies), is
// rendered per request (and "force-static" hides the request's cookies and search params from every
// handler in the file). Editor-only variants belong in their own dynamic route file.
export const dynamic = "force-static";

export async function GET() {
  return publicJson(await publishedRanking());
}
