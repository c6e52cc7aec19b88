import "server-only";
import { db } from "../db";

// Public reads: what readers may see, published cities only. The dashboard's reads (drafts included)
// are in editor-queries.ts, so a public page cannot show a draft by forgetting a filter.

const publishedWhere = { status: "PUBLISHED", deletedAt: null, rank: { not: null } } as const;

/** The fields of a city in the ranked list and in GET /api/cities, in the API's order. */
const listedFields = { id: true, slug: true, name: true, country: true, rank: true, summary: true, focusAreas: true, updatedAt: true } as const;

// The database's own check on City.slug: anything else cannot be a city, so it needs no query.
const SLUG_FORMAT = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isSlug = (slug: string) => slug.length <= 80 && SLUG_FORMAT.test(slug);

/** The public ranking: published cities in rank order. Drafts and trashed cities never appear. */
export function publishedCities() {
  return db.city.findMany({ where: publishedWhere, orderBy: { rank: "asc" }, select: listedFields });
}
export type PublishedCity = Awaited<ReturnType<typeof publishedCities>>[number];

/**
 * The ranking and its version, read in one snapshot so the version always belongs to that order
 * (GET /api/cities).
 */
export async function publishedRanking() {
  const [listing, cities] = await db.$transaction(
    [db.listing.findUniqueOrThrow({ where: { id: 1 }, select: { rankingVersion: true } }), publishedCities()],
    { isolationLevel: "RepeatableRead" },
  );
  return { version: listing.rankingVersion, cities };
}

/** One published city with its profile, or null for an unknown, draft or trashed slug. */
export async function publishedCity(slug: string) {
  if (!isSlug(slug)) return null;
  const city = await db.city.findFirst({ where: { ...publishedWhere, slug }, select: { ...listedFields, profile: true } });
  // rank is non-null for every published city (the filter and a database check say so).
  return city && { ...city, rank: city.rank! };
}
export type PublishedCityProfile = NonNullable<Awaited<ReturnType<typeof publishedCity>>>;

/** The published cities ranked just above and below `rank`, for a city page's previous/next links. */
export async function publishedNeighbours(rank: number) {
  const cities = await db.city.findMany({
    where: { ...publishedWhere, rank: { in: [rank - 1, rank + 1] } },
    select: { slug: true, name: true, rank: true },
  });
  return { previous: cities.find((city) => city.rank === rank - 1) ?? null, next: cities.find((city) => city.rank === rank + 1) ?? null };
}

export function publishedCityCount() {
  return db.city.count({ where: publishedWhere });
}

/** Every published city's address, for prerendering the city pages and for the sitemap. */
export function publishedCitySlugs() {
  return db.city.findMany({ where: publishedWhere, orderBy: { rank: "asc" }, select: { slug: true, updatedAt: true } });
}

/**
 * The current slug of the published city that `oldSlug` was renamed from (table SlugRedirect), or
 * null. A redirect to a draft or trashed city answers nothing, so it cannot reveal the draft.
 */
export async function publishedSlugRenamedFrom(oldSlug: string): Promise<string | null> {
  if (!isSlug(oldSlug)) return null;
  const redirect = await db.slugRedirect.findFirst({ where: { fromSlug: oldSlug, city: publishedWhere }, select: { city: { select: { slug: true } } } });
  return redirect?.city.slug ?? null;
}
