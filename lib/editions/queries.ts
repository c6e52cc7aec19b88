import "server-only";
import type { z } from "zod";
import type { pageTextContentSchema } from "../listing/schema";
import { db } from "../db";
import { publishedCityCount } from "../cities/queries";
import { publishedListing } from "../listing/queries";
import { CITIES_PER_PAGE, rankingPageCount, ranksBefore } from "../ranking-pages";
import { movementOf, type Movement } from "./movement";
import { apiEditionPagePath } from "./paths";
import { frozenEditionForReaders } from "./readers-edition";

// Public reads of the archived editions (lib/editions/mutations.ts writes them once). Every read
// is by key (an edition's year, a city's id) and at most one page of entries: no cost grows with
// the size of the ranking or the number of editions' cities. The edition readers are still shown
// while the next is prepared is not an archive: lib/editions/frozen-reads.ts reads it.

const archived = { status: "archived" } as const;

/** Every archived edition, newest first, with the number of cities it ranked. */
export async function archivedEditions() {
  const editions = await db.edition.findMany({
    where: archived,
    orderBy: { year: "desc" },
    select: { year: true, title: true, archivedAt: true, _count: { select: { entries: true } } },
  });
  return editions.map(({ _count, archivedAt, ...edition }) => ({ ...edition, archivedAt: archivedAt!, count: _count.entries }));
}
export type ArchivedEditionSummary = Awaited<ReturnType<typeof archivedEditions>>[number];

/**
 * The edition the movement markers compare with: the newest kept edition before `year`, or, when
 * omitted, before what this request shows (the copy readers are shown while the next edition is
 * prepared; for the live rows, and in an editor's preview of the next edition, the newest kept one).
 */
export async function previousEditionYear(year?: number): Promise<number | null> {
  const before = year ?? (await frozenEditionForReaders());
  const edition = await db.edition.findFirst({
    where: before === null ? {} : { year: { lt: before } },
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return edition?.year ?? null;
}

/** One archived edition (without its ranking), or null. */
export async function archivedEdition(year: number) {
  const edition = await db.edition.findUnique({
    where: { year, ...archived },
    select: { year: true, title: true, pageText: true, faq: true, archivedAt: true, _count: { select: { entries: true } } },
  });
  if (!edition) return null;
  const { _count, pageText, faq, archivedAt, ...rest } = edition;
  return {
    ...rest,
    archivedAt: archivedAt!,
    count: _count.entries,
    pageText: pageText as ArchivedPageText,
    faq: faq as { question: string; answer: string }[],
  };
}
export type ArchivedEdition = NonNullable<Awaited<ReturnType<typeof archivedEdition>>>;

/** The page text an archive shows (what lib/editions/mutations.ts copied from the listing). */
export type ArchivedPageText = z.output<typeof pageTextContentSchema>;

/**
 * Page `page` of an archived edition's ranking (100 a page, keyset on the rank like the live one),
 * each with the city's current address while it is published (the archive links to it).
 */
export async function archivedEditionEntries(year: number, page: number) {
  const entries = await db.editionEntry.findMany({
    where: { year, rank: { gt: ranksBefore(page) } },
    orderBy: { rank: "asc" },
    take: CITIES_PER_PAGE,
    select: {
      rank: true,
      cityId: true,
      slug: true,
      name: true,
      country: true,
      summary: true,
      focusAreas: true,
      city: { select: { slug: true, rank: true } },
    },
  });
  // Where the city is today for readers: in the copy they are shown while the next edition is
  // prepared (the live rows are not public then), else among the published cities.
  const frozen = await frozenEditionForReaders();
  if (frozen !== null) {
    const ids = entries.map((entry) => entry.cityId).filter((id): id is number => id !== null);
    const shown = await db.editionEntry.findMany({ where: { year: frozen, cityId: { in: ids } }, select: { cityId: true, slug: true } });
    const slugOf = new Map(shown.map((entry) => [entry.cityId, entry.slug]));
    return entries.map(({ city: _city, ...entry }) => ({ ...entry, currentSlug: (entry.cityId !== null && slugOf.get(entry.cityId)) || null }));
  }
  return entries.map(({ city, ...entry }) => ({ ...entry, currentSlug: city?.rank != null ? city.slug : null }));
}
export type ArchivedEntry = Awaited<ReturnType<typeof archivedEditionEntries>>[number];

/**
 * How each of `cities` moved since the edition `previousYear`: two indexed reads for one page of
 * cities, whatever the size of the ranking. Cities without an id (deleted for good since) get none.
 */
export async function movementsSince(
  previousYear: number | null,
  cities: ReadonlyArray<{ id: number | null; rank: number | null }>,
): Promise<Map<number, Movement>> {
  const movements = new Map<number, Movement>();
  const ids = cities.map((city) => city.id).filter((id): id is number => id !== null);
  if (previousYear === null || ids.length === 0) return movements;
  const previous = await db.editionEntry.findMany({ where: { year: previousYear, cityId: { in: ids } }, select: { cityId: true, rank: true } });
  const previousRank = new Map(previous.map((entry) => [entry.cityId!, entry.rank]));
  const absent = ids.filter((id) => !previousRank.has(id));
  const earlier = absent.length
    ? await db.editionEntry.findMany({ where: { year: { lt: previousYear }, cityId: { in: absent } }, select: { cityId: true }, distinct: ["cityId"] })
    : [];
  const wasEarlier = new Set(earlier.map((entry) => entry.cityId));
  for (const city of cities) {
    if (city.id === null || city.rank === null) continue;
    movements.set(city.id, movementOf(city.rank, previousRank.get(city.id) ?? null, wasEarlier.has(city.id)));
  }
  return movements;
}

/** A city's rank in every kept edition before `year` (the one shown, which its page adds), oldest first. */
export function earlierRanksOf(cityId: number, year: number) {
  return db.editionEntry.findMany({ where: { cityId, year: { lt: year } }, orderBy: { year: "asc" }, select: { year: true, rank: true, slug: true } });
}

/**
 * Everything page `page` of the archived edition `year` shows: the edition, its cities on that page
 * with their movement since the edition before it, and the current edition's year (the archive
 * links to it). Null when there is no such edition or page.
 */
export async function archivedEditionPage(year: number, page: number) {
  const [edition, entries, earlierYear, listing] = await Promise.all([
    archivedEdition(year),
    archivedEditionEntries(year, page),
    previousEditionYear(year),
    publishedListing(),
  ]);
  if (!edition || page > rankingPageCount(edition.count)) return null;
  const movements =
    earlierYear === null
      ? undefined
      : {
          since: earlierYear,
          byCity: await movementsSince(
            earlierYear,
            entries.map((entry) => ({ id: entry.cityId, rank: entry.rank })),
          ),
        };
  return { edition, entries, movements, currentYear: listing.year, pageCount: rankingPageCount(edition.count) };
}

/** GET /api/editions: the edition readers see and every archived one, newest first, with where their rankings are. */
export async function editionsAnswer() {
  const [listing, count, editions] = await Promise.all([publishedListing(), publishedCityCount(), archivedEditions()]);
  return {
    current: { year: listing.year, total: count, ranking: "/api/cities" },
    archived: editions.map((edition) => ({
      year: edition.year,
      title: edition.title,
      total: edition.count,
      archivedAt: edition.archivedAt,
      ranking: apiEditionPagePath(edition.year, 1),
    })),
  };
}

/**
 * GET /api/editions/<year> and its further pages: the archived edition's cities in rank order, 100
 * a page, as they were. `cityId` is the city today (null once deleted for good); `movement` is
 * since the edition before (null for the first). Null when there is no such edition or page.
 */
export async function editionRankingAnswer(year: number, page: number) {
  const content = await archivedEditionPage(year, page);
  if (!content) return null;
  const { edition, entries, movements, pageCount } = content;
  return {
    year: edition.year,
    title: edition.title,
    archivedAt: edition.archivedAt,
    cities: entries.map(({ currentSlug, ...entry }) => ({
      ...entry,
      movement: entry.cityId !== null ? (movements?.byCity.get(entry.cityId) ?? null) : null,
      currentSlug,
    })),
    total: edition.count,
    next: page < pageCount ? apiEditionPagePath(edition.year, page + 1) : null,
  };
}
