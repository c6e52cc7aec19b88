import type { MetadataRoute } from "next";
import { publishedCityCount, publishedCitySlugsAfter } from "@/lib/cities/queries";
import { publishedRankingOverview } from "@/lib/listing/queries";
import { CITIES_PER_SITEMAP, rankingPageCount, rankingPagePath, sitemapIds } from "@/lib/ranking-pages";
import { absoluteUrl } from "@/lib/site-metadata";
import { cityPath } from "@/lib/cities/path";
import { archivedEditions } from "@/lib/editions/queries";
import { editionPagePath } from "@/lib/editions/paths";

// Static like the pages it lists, and refreshed by the same revalidatePublicSite(). Published cities
// only. A sitemap may list 50,000 addresses, so there are several (robots.txt names them all):
// /sitemap/0.xml lists the pages of the ranking and of the archived editions, /sitemap/1.xml the cities ranked 1–50,000,
// /sitemap/2.xml the next 50,000, and so on.
export const dynamic = "force-static";

export async function generateSitemaps() {
  return sitemapIds(await publishedCityCount()).map((id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const sitemapId = Number(await id);
  if (sitemapId === 0) {
    const [{ count, lastUpdated }, editions] = await Promise.all([publishedRankingOverview(), archivedEditions()]);
    // Every page of the ranking changes with the ranking: the same date as its "Last updated".
    const rankingPages = Array.from({ length: rankingPageCount(count) }, (_, index) => ({
      url: absoluteUrl(rankingPagePath(index + 1)),
      lastModified: lastUpdated,
    }));
    // An archived edition never changes after the day it was archived.
    const editionPages = editions.flatMap((edition) =>
      Array.from({ length: rankingPageCount(edition.count) }, (_, index) => ({
        url: absoluteUrl(editionPagePath(edition.year, index + 1)),
        lastModified: edition.archivedAt,
      })),
    );
    return [...rankingPages, ...editionPages];
  }
  const cities = await publishedCitySlugsAfter((sitemapId - 1) * CITIES_PER_SITEMAP, CITIES_PER_SITEMAP);
  return cities.map((city) => ({ url: absoluteUrl(cityPath(city.slug)), lastModified: city.updatedAt }));
}
