import "server-only";
import { db } from "../db";

const publishedWhere = { status: "PUBLISHED", deletedAt: null, rank: { not: null } } as const;

/** The public ranking: published cities in rank order. Drafts and trashed cities never appear. */
export function publishedCities() {
  return db.city.findMany({
    where: publishedWhere,
    orderBy: { rank: "asc" },
    select: { id: true, slug: true, name: true, country: true, rank: true, summary: true, focusAreas: true, updatedAt: true },
  });
}
