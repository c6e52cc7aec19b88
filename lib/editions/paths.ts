import { CITIES_PER_PAGE } from "../ranking-pages";

// The addresses of an archived edition. `/2024` and `/2024/ranking/2` are rewritten by
// next.config.js to the routes under app/(site)/editions/[year]: only four-digit first segments are,
// so any other unknown address stays an ordinary 404 that nothing caches.

/** The first page of an archived edition (its ranks 1–100 and its text). */
export const editionPath = (year: number) => `/${year}`;

/** Page `page` of an archived edition's ranking. */
export const editionPagePath = (year: number, page: number) => (page === 1 ? editionPath(year) : `/${year}/ranking/${page}`);

/** A city's place in an archived edition: the page that shows its rank, and its anchor there. */
export const editionEntryPath = (year: number, entry: { rank: number; slug: string }) =>
  `${editionPagePath(year, Math.ceil(entry.rank / CITIES_PER_PAGE))}#${editionAnchor(entry.slug)}`;

export const editionAnchor = (slug: string) => `city-${slug}`;

/** The year in an address such as `/2024`, or null when the segment is not one. */
export function editionYearFrom(segment: string): number | null {
  if (!/^(20\d\d|2100)$/.test(segment)) return null;
  return Number(segment);
}

/** The JSON answers: the list of editions, and an edition's ranking page by page. */
export const apiEditionsPath = "/api/editions";
export const apiEditionPagePath = (year: number, page: number) => (page === 1 ? `/api/editions/${year}` : `/api/editions/${year}/page/${page}`);
