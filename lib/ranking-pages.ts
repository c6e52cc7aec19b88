// How the public ranking is split into pages: `/` shows ranks 1–100, `/ranking/2` ranks 101–200, and
// so on; the JSON API pages the same way (`/api/cities`, `/api/cities/page/2`, …). Ranks are
// contiguous 1..N (the database enforces it), so page n starts after rank (n - 1) × size: the query
// is keyset pagination on rank (`WHERE rank > $after ORDER BY rank LIMIT size`), never OFFSET, and a
// page's address never needs a query string (which would make Next render it per request).

/** Cities on one page of the ranking, and in one answer of GET /api/cities. */
export const CITIES_PER_PAGE = 100;

/** The rank after which `page` starts (the keyset cursor). */
export function ranksBefore(page: number): number {
  return (page - 1) * CITIES_PER_PAGE;
}

/** How many pages `count` published cities fill; an empty ranking still has its first page. */
export function rankingPageCount(count: number): number {
  return Math.max(1, Math.ceil(count / CITIES_PER_PAGE));
}

/** The page of the ranking a rank is shown on. */
export function rankingPageOf(rank: number): number {
  return Math.ceil(rank / CITIES_PER_PAGE);
}

/** The first and last rank shown on `page` of a ranking of `count` cities. */
export function ranksOn(page: number, count: number): { first: number; last: number } {
  return { first: ranksBefore(page) + 1, last: Math.min(count, ranksBefore(page) + CITIES_PER_PAGE) };
}

/** The address of a page of the ranking: the first page is the home page. */
export function rankingPagePath(page: number): string {
  return page === 1 ? "/" : `/ranking/${page}`;
}

/** Where a city sits in the list on its ranking page: city pages link back to it. */
export const rankingAnchor = (slug: string) => `city-${slug}`;

/** The link from a city page to its place in the ranking, on the right page. */
export function cityInRankingPath(city: { slug: string; rank: number }): string {
  return `${rankingPagePath(rankingPageOf(city.rank))}#${rankingAnchor(city.slug)}`;
}

/** The address of a page of GET /api/cities. */
export function apiCitiesPagePath(page: number): string {
  return page === 1 ? "/api/cities" : `/api/cities/page/${page}`;
}

/**
 * The page number in an address such as `/ranking/2`, or null when the segment is not one written
 * the canonical way (digits, no leading zero, at least 1). Whether the page exists is the caller's
 * question: it depends on the number of cities.
 */
export function pageNumberFrom(segment: string): number | null {
  if (!/^[1-9]\d{0,8}$/.test(segment)) return null;
  return Number(segment);
}

/** Previous and next page of the ranking, or null at either end. */
export function neighbourPages(page: number, pageCount: number): { previous: number | null; next: number | null } {
  return { previous: page > 1 ? page - 1 : null, next: page < pageCount ? page + 1 : null };
}

/** A sitemap lists at most 50,000 addresses. */
export const CITIES_PER_SITEMAP = 50_000;

/** The sitemaps for `count` published cities: 0 (the ranking's pages), then one per 50,000 cities. */
export function sitemapIds(count: number): number[] {
  return Array.from({ length: 1 + Math.ceil(count / CITIES_PER_SITEMAP) }, (_, id) => id);
}

/** The address of a sitemap (app/(site)/sitemap.ts, Next's generateSitemaps). */
export const sitemapPath = (id: number) => `/sitemap/${id}.xml`;
