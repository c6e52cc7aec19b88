import "server-only";
import { publishedCitiesLastUpdated, publishedCityCount } from "../cities/queries";
import { db } from "../db";
import { publishedFaqWhere } from "../faq/queries";
import { publicPageTextFields } from "./fields";
import { theListing } from "./the-listing";
import { fieldsOf } from "../content-fields";
import { frozenEditionText } from "../editions/frozen-reads";
import { frozenEditionForReaders } from "../editions/readers-edition";
import { pageTextContentSchema } from "./schema";
import type { z } from "zod";

type PageTextContent = z.output<typeof pageTextContentSchema>;

async function faqLastUpdated(year: number): Promise<Date | null> {
  const { faq } = await frozenEditionText(year);
  return faq.reduce<Date | null>((latest, entry) => (latest && latest > entry.updatedAt ? latest : entry.updatedAt), null);
}

// Public reads of the page text. The dashboard's reads are in editor-queries.ts.

/**
 * The listing's page text as readers see it (all of it is public: there are no drafts of page text),
 * or, while the next edition is prepared, the page text of the edition readers are shown.
 */
export async function publishedListing() {
  const frozen = await frozenEditionForReaders();
  if (frozen !== null) {
    const { pageText, pageTextUpdatedAt } = await frozenEditionText(frozen);
    return { ...(fieldsOf(pageTextContentSchema, pageText as PageTextContent) as PageTextContent), updatedAt: pageTextUpdatedAt };
  }
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
  const frozen = await frozenEditionForReaders();
  const [listing, count, citiesUpdated, faqUpdated] = await Promise.all([
    publishedListing(),
    publishedCityCount(),
    publishedCitiesLastUpdated(),
    frozen !== null
      ? faqLastUpdated(frozen)
      : db.faqEntry.aggregate({ where: publishedFaqWhere, _max: { updatedAt: true } }).then(({ _max }) => _max.updatedAt),
  ]);
  const dates = [listing.updatedAt, citiesUpdated, faqUpdated].filter((date): date is Date => date !== null);
  return { listing, count, lastUpdated: new Date(Math.max(...dates.map((date) => date.getTime()))) };
}
