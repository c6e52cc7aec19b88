import "server-only";
import { db } from "../db";

// Public reads of the page text. The dashboard's reads are in editor-queries.ts.

/** The listing's page text as readers see it (all of it is public: there are no drafts of page text). */
export function publishedListing() {
  return db.listing.findUniqueOrThrow({
    where: { id: 1 },
    select: {
      titleTemplate: true,
      year: true,
      intro: true,
      developmentHeading: true,
      development: true,
      faqHeading: true,
      conclusion: true,
      seoDescription: true,
      // Also moves when the published order of cities or FAQ entries changes (their versions live here).
      updatedAt: true,
    },
  });
}
export type PublishedListing = Awaited<ReturnType<typeof publishedListing>>;
