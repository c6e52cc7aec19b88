import "server-only";
import { publishedCitiesLastUpdated, publishedCityCount } from "../cities/queries";
import { db } from "../db";
import { publishedFaqWhere } from "../faq/queries";
import { publicPageTextFields } from "./fields";
import { theListing } from "./the-listing";

// Public reads of the page text. The dashboard's reads are in editor-queries.ts.

/** The listing's page text as readers see it (all of it is public: there are no drafts of page text). */
export function publishedListing() {
  return db.listing.findUniqueOrThrow({
    where: theListing,
    select: {
      ...publicPageTextFields,
      // Also moves when the published order of cities or FAQ entries changes (their versions live here).
      updatedAt: true,
    },
  });
}
export type PublishedListing = Awaited<ReturnType<typeof publishedListing>>;

/**
 * What every page of the ranking shows above its list: the page text, the number of published
 * cities (the title counts them) and when the listing last changed, all without reading every city.
 */
export async function publishedRankingOverview() {
  const [listing, count, citiesUpdated, faqUpdated] = await Promise.all([
    publishedListing(),
    publishedCityCount(),
    publishedCitiesLastUpdated(),
    db.faqEntry.aggregate({ where: publishedFaqWhere, _max: { updatedAt: true } }),
  ]);
  const dates = [listing.updatedAt, citiesUpdated, faqUpdated._max.updatedAt].filter((date): date is Date => date !== null);
  return { listing, count, lastUpdated: new Date(Math.max(...dates.map((date) => date.getTime()))) };
}
