import { publishedRankingAnswer } from "@/lib/cities/queries";
import { publicJson } from "@/lib/public-api";

// GET /api/cities: { version, cities: [{ id, slug, name, country, rank, summary, focusAreas, updatedAt }],
// total, next }: the first 100 published cities in rank order, and the address of the next page
// (/api/cities/page/2, or null). Shape documented in README.md, "JSON read API".
//
// Static: built once and served from Next's cache until revalidatePublicSite() marks it stale, so a
// request reads no database. Keep it that way when adding to this file: a route file that also
// exports POST/PUT/PATCH/DELETE, or a GET that reads the request (search params, cookies), is
// rendered per request (and "force-static" hides the request's cookies and search params from every
// handler in the file). That is also why further pages have addresses of their own rather than a
// query string. The editors' reads and writes are dynamic routes of their own, under app/api/editor/.
export const dynamic = "force-static";

export async function GET() {
  return publicJson(await publishedRankingAnswer(1));
}
