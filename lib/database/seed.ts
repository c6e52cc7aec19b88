import type { Database } from "../db";
import { seedCities, seedFaqEntries, seedListing } from "../../prisma/content/article";
import { LISTING_ID, theListing } from "../listing/the-listing";
import { pageTextContentSchema } from "../listing/schema";
import { cityFieldsSchema } from "../cities/schema";
import { faqFieldsSchema } from "../faq/schema";
import { fieldsOf } from "../content-fields";
import { recordFirstRevisions } from "../revisions/record";

/**
 * Imports the article on an empty database. Once the listing exists the content belongs to the
 * editors, so a second run changes nothing. Returns whether it imported.
 */
export async function seedArticle(db: Database): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      // Serialises concurrent first starts: the loser waits here, then sees the listing.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(7270737)`;
      if (await tx.listing.findUnique({ where: theListing, select: { id: true } })) return false;
      const listing = await tx.listing.create({ data: { id: LISTING_ID, ...seedListing } });
      const cities = await tx.city.createManyAndReturn({
        data: seedCities.map((city, index) => ({ ...city, status: "PUBLISHED" as const, rank: index + 1 })),
      });
      const faqEntries = await tx.faqEntry.createManyAndReturn({
        data: seedFaqEntries.map((entry, index) => ({ ...entry, status: "PUBLISHED" as const, position: index + 1 })),
      });
      // Each record's history starts with the article's text, so the first edit can be compared and undone.
      const firstRevision = "Imported from the article";
      await recordFirstRevisions(tx, "listing", [{ id: listing.id, fields: fieldsOf(pageTextContentSchema, listing) }], firstRevision);
      await recordFirstRevisions(
        tx,
        "city",
        cities.map((city) => ({ id: city.id, fields: fieldsOf(cityFieldsSchema, city) })),
        firstRevision,
      );
      await recordFirstRevisions(
        tx,
        "faq",
        faqEntries.map((entry) => ({ id: entry.id, fields: fieldsOf(faqFieldsSchema, entry) })),
        firstRevision,
      );
      await tx.auditEvent.create({
        data: {
          userEmail: "system",
          action: "seed.import",
          entityType: "listing",
          entityId: String(LISTING_ID),
          summary: `Imported the article: ${seedCities.length} cities, ${seedFaqEntries.length} FAQ entries`,
        },
      });
      return true;
    },
    // Prisma's default of 5 s is short for a first start on a slow or busy machine (seen: 5.7 s).
    { timeout: 60_000, maxWait: 30_000 },
  );
}
