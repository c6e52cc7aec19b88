import "server-only";
import { db } from "../db";
import { apiCitiesPagePath, CITIES_PER_PAGE, rankingPageCount, ranksBefore } from "../ranking-pages";
import { theListing } from "../listing/the-listing";
import { cityEditableFields, cityListAnswerFields } from "./fields";
import { frozenEditionForReaders } from "../editions/readers-edition";
import { frozenCitiesAfter, frozenCitiesLastUpdated, frozenCity, frozenCityCount, frozenCitySlugsAfter, frozenNeighbours } from "../editions/frozen-reads";

// Public reads: what readers may see, published cities only. The dashboard's reads (drafts included)
// are in editor-queries.ts, so a public page cannot show a draft by forgetting a filter. While the
// next edition is prepared, readers are shown the copy of the current one instead of the live rows
// (lib/editions/readers-edition.ts): each read asks which first.

const publishedWhere = { status: "PUBLISHED", deletedAt: null, rank: { not: null } } as const;

// The database's own check on City.slug: anything else cannot be a city, so it needs no query.
const SLUG_FORMAT = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isSlug = (slug: string) => slug.length <= 80 && SLUG_FORMAT.test(slug);

/**
 * One page of the public ranking: the published cities ranked after `afterRank`, in rank order, at
 * most `limit` of them. Keyset pagination (the rank index), so page 100 costs what page 1 costs.
 */
export async function publishedCitiesAfter(afterRank: number, limit = CITIES_PER_PAGE) {
  const frozen = await frozenEditionForReaders();
  if (frozen !== null) return frozenCitiesAfter(frozen, afterRank, limit);
  return db.city.findMany({ where: { ...publishedWhere, rank: { gt: afterRank } }, orderBy: { rank: "asc" }, take: limit, select: cityListAnswerFields });
}
export type PublishedCity = Awaited<ReturnType<typeof publishedCitiesAfter>>[number];

/** Page `page` of the ranking (lib/ranking-pages.ts: 100 cities a page). */
export function publishedRankingPageCities(page: number) {
  return publishedCitiesAfter(ranksBefore(page));
}

/**
 * A page of the ranking with the ranking's version and the number of published cities, read in one
 * snapshot so the version belongs to that order (GET /api/cities and its further pages).
 */
export async function publishedRanking(page = 1) {
  const frozen = await frozenEditionForReaders();
  if (frozen !== null) {
    // The copy never changes: no snapshot needed. The version is the live ranking's (it moves when
    // editors rework the next edition, which only makes a client start again from page 1).
    const [listing, count, cities] = await Promise.all([
      db.listing.findUniqueOrThrow({ where: theListing, select: { rankingVersion: true } }),
      frozenCityCount(frozen),
      frozenCitiesAfter(frozen, ranksBefore(page), CITIES_PER_PAGE),
    ]);
    return { version: listing.rankingVersion, count, cities };
  }
  const [listing, count, cities] = await db.$transaction(
    [
      db.listing.findUniqueOrThrow({ where: theListing, select: { rankingVersion: true } }),
      db.city.count({ where: publishedWhere }),
      db.city.findMany({
        where: { ...publishedWhere, rank: { gt: ranksBefore(page) } },
        orderBy: { rank: "asc" },
        take: CITIES_PER_PAGE,
        select: cityListAnswerFields,
      }),
    ],
    { isolationLevel: "RepeatableRead" },
  );
  return { version: listing.rankingVersion, count, cities };
}

/** When a published city last changed (for "Last updated" and the sitemap), without reading them all. */
export async function publishedCitiesLastUpdated(): Promise<Date | null> {
  const frozen = await frozenEditionForReaders();
  if (frozen !== null) return frozenCitiesLastUpdated(frozen);
  const { _max } = await db.city.aggregate({ where: publishedWhere, _max: { updatedAt: true } });
  return _max.updatedAt;
}

/** One published city with its profile, or null for an unknown, draft or trashed slug. */
export async function publishedCity(slug: string) {
  if (!isSlug(slug)) return null;
  const frozen = await frozenEditionForReaders();
  if (frozen !== null) return frozenCity(frozen, slug);
  const city = await db.city.findFirst({ where: { ...publishedWhere, slug }, select: { ...cityListAnswerFields, ...cityEditableFields } });
  // rank is non-null for every published city (the filter and a database check say so).
  return city && { ...city, rank: city.rank! };
}
export type PublishedCityProfile = NonNullable<Awaited<ReturnType<typeof publishedCity>>>;

/** The published cities ranked just above and below `rank`, for a city page's previous/next links. */
export async function publishedNeighbours(rank: number) {
  const frozen = await frozenEditionForReaders();
  if (frozen !== null) return frozenNeighbours(frozen, rank);
  const cities = await db.city.findMany({
    where: { ...publishedWhere, rank: { in: [rank - 1, rank + 1] } },
    select: { slug: true, name: true, rank: true },
  });
  return { previous: cities.find((city) => city.rank === rank - 1) ?? null, next: cities.find((city) => city.rank === rank + 1) ?? null };
}

export async function publishedCityCount() {
  const frozen = await frozenEditionForReaders();
  return frozen !== null ? frozenCityCount(frozen) : db.city.count({ where: publishedWhere });
}

/** The addresses of the published cities ranked after `afterRank` (prerendering, the sitemap). */
export async function publishedCitySlugsAfter(afterRank: number, limit: number) {
  const frozen = await frozenEditionForReaders();
  if (frozen !== null) return frozenCitySlugsAfter(frozen, afterRank, limit);
  return db.city.findMany({
    where: { ...publishedWhere, rank: { gt: afterRank } },
    orderBy: { rank: "asc" },
    take: limit,
    select: { slug: true, updatedAt: true },
  });
}

/**
 * The cities prerendered at build time: the first page's. The others render on their first request
 * and are then cached like these (the pages keep dynamicParams on), so a build does not render
 * 10,000 pages.
 */
export function prerenderedCitySlugs() {
  return publishedCitySlugsAfter(0, CITIES_PER_PAGE);
}

/**
 * The current slug of the published city that `oldSlug` was renamed from (table SlugRedirect), or
 * null. A redirect to a draft or trashed city answers nothing, so it cannot reveal the draft.
 */
export async function publishedSlugRenamedFrom(oldSlug: string): Promise<string | null> {
  if (!isSlug(oldSlug)) return null;
  const frozen = await frozenEditionForReaders();
  if (frozen !== null) {
    // Readers are shown the copy: an old address leads to the city's address in it, if it is there.
    const redirect = await db.slugRedirect.findUnique({ where: { fromSlug: oldSlug }, select: { cityId: true } });
    if (!redirect) return null;
    const entry = await db.editionEntry.findUnique({ where: { year_cityId: { year: frozen, cityId: redirect.cityId } }, select: { slug: true } });
    return entry && entry.slug !== oldSlug ? entry.slug : null;
  }
  const redirect = await db.slugRedirect.findFirst({ where: { fromSlug: oldSlug, city: publishedWhere }, select: { city: { select: { slug: true } } } });
  return redirect?.city.slug ?? null;
}

/**
 * The answer of GET /api/cities (page 1) and /api/cities/page/<n>: the page's cities with the
 * ranking's version, the number of published cities, and the address of the next page (null on
 * the last). Null when the page does not exist (only page 1 always does).
 */
export async function publishedRankingAnswer(page: number) {
  const { version, count, cities } = await publishedRanking(page);
  const pageCount = rankingPageCount(count);
  if (page > pageCount) return null;
  return { version, cities, total: count, next: page < pageCount ? apiCitiesPagePath(page + 1) : null };
}
