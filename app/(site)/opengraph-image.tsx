import { shareCardImage, shareCardSize, shortened } from "@/components/site/share-card";
import { publishedCitiesAfter, publishedCityCount } from "@/lib/cities/queries";
import { publishedListing } from "@/lib/listing/queries";
import { listingTitle } from "@/lib/listing/title";

// The ranking's link-preview picture: static, refreshed with the rest of the site by revalidatePublicSite().
export const dynamic = "force-static";
export const alt = "The ranking of the smart cities in Asia";
export const size = shareCardSize;
export const contentType = "image/png";

export default async function Image() {
  const [listing, cities, count] = await Promise.all([publishedListing(), publishedCitiesAfter(0, 3), publishedCityCount()]);
  const topThree = cities.map((city) => `${city.rank}. ${city.name}`).join("  ·  ");
  return shareCardImage({
    kicker: `The ranking · ${listing.year}`,
    title: listingTitle(listing.titleTemplate, { count, year: listing.year }),
    detail: shortened(topThree, 90),
  });
}
