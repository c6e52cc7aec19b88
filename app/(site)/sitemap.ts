import type { MetadataRoute } from "next";
import { publishedCitySlugs } from "@/lib/cities/queries";
import { publishedFaqEntries } from "@/lib/faq/queries";
import { lastUpdated } from "@/lib/listing/last-updated";
import { publishedListing } from "@/lib/listing/queries";
import { absoluteUrl } from "@/lib/site-metadata";
import { cityPath } from "@/lib/cities/path";

// Static like the pages it lists, and refreshed by the same revalidatePublicSite(). Published cities only.
export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [listing, cities, faqEntries] = await Promise.all([publishedListing(), publishedCitySlugs(), publishedFaqEntries()]);
  return [
    // The same date as the ranking page's "Last updated".
    { url: absoluteUrl("/"), lastModified: lastUpdated([listing, ...cities, ...faqEntries]) },
    ...cities.map((city) => ({ url: absoluteUrl(cityPath(city.slug)), lastModified: city.updatedAt })),
  ];
}
