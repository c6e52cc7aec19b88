import type { MetadataRoute } from "next";
import { publishedCityCount } from "@/lib/cities/queries";
import { sitemapIds, sitemapPath } from "@/lib/ranking-pages";
import { absoluteUrl } from "@/lib/site-metadata";

// Next serves robots.txt only from the root of app/ (not from the (site) group). Static, and
// refreshed with the site by revalidatePublicSite(), since the number of sitemaps follows the cities.
export const dynamic = "force-static";

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    // The dashboard and sign-in are for editors; everything else is meant to be found.
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/login", "/api/auth"] },
    // One sitemap holds at most 50,000 addresses (app/(site)/sitemap.ts): all of them are named here.
    sitemap: sitemapIds(await publishedCityCount()).map((id) => absoluteUrl(sitemapPath(id))),
  };
}
