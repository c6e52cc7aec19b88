import type { Database } from "../db";
import { seedCities, seedFaqEntries, seedListing } from "../../prisma/content/article";
import { LISTING_ID, theListing } from "../listing/the-listing";

/**
 * Imports the article on an empty database. Once the listing exists the content belongs to the
 * editors, so a second run changes nothing. Returns whether it imported.
 */
export async function seedArticle(db: Database): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // Serialises concurrent first starts: the loser waits here, then sees the listing.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7270737)`;
    if (await tx.listing.findUnique({ where: theListing, select: { id: true } })) return false;
    await tx.listing.create({ data: { id: LISTING_ID, ...seedListing } });
    await tx.city.createMany({
      data: seedCities.map((city, index) => ({ ...city, status: "PUBLISHED" as const, rank: index + 1 })),
    });
    await tx.faqEntry.createMany({
      data: seedFaqEntries.map((entry, index) => ({ ...entry, status: "PUBLISHED" as const, position: index + 1 })),
    });
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
  });
}
