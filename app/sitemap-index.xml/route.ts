import { publishedCityCount } from "@/lib/cities/queries";
import { sitemapIds, sitemapPath } from "@/lib/ranking-pages";
import { absoluteUrl } from "@/lib/site-metadata";
import { sitemapIndexXml } from "@/lib/sitemap-index";

// GET /sitemap.xml (rewritten here by next.config.js: Next reserves that address for the metadata
// sitemap, which with generateSitemaps() lives at /sitemap/<id>.xml instead): the sitemap index,
// where crawlers and people look first. It names every sitemap of app/(site)/sitemap.ts (one for the
// ranking's pages, one per 50,000 cities), as robots.txt does. Static, and refreshed with the site
// by revalidatePublicSite().
export const dynamic = "force-static";

export async function GET() {
  const sitemaps = sitemapIds(await publishedCityCount()).map((id) => absoluteUrl(sitemapPath(id)));
  return new Response(sitemapIndexXml(sitemaps), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
