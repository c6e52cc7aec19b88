/**
 * The site is one ranked article, stored as the only row of "Listing": the page text and the
 * versions of the two ordered lists (a check constraint holds its id at 1). Code names that row
 * through here, never by its number; the-listing.test.ts keeps it so. No database import, so the
 * end-to-end helpers can use it too.
 */
export const LISTING_ID = 1;

/** The `where` of every Prisma read or write of the listing: `db.listing.findUniqueOrThrow({ where: theListing, … })`. */
export const theListing = { id: LISTING_ID } as const;
