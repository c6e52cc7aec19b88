import "server-only";
import { db } from "../db";

// The public reads of the edition readers are shown while the next one is prepared
// (readers-edition.ts): the same shapes as the live reads in lib/cities/queries.ts,
// lib/faq/queries.ts and lib/listing/queries.ts, from the copy, by key or one page at a time.

const listSelect = { cityId: true, slug: true, name: true, country: true, rank: true, summary: true, focusAreas: true, updatedAt: true } as const;

type EntryRow = { cityId: number | null; slug: string; name: string; country: string; rank: number; summary: string; focusAreas: string[]; updatedAt: Date };

// The public edition's cities always exist (deleting one for good is refused while it is public),
// so cityId is set. The keys follow the documented order of the JSON answers.
const asListedCity = (entry: EntryRow) => ({
  id: entry.cityId!,
  slug: entry.slug,
  name: entry.name,
  country: entry.country,
  rank: entry.rank as number | null,
  summary: entry.summary,
  focusAreas: entry.focusAreas,
  updatedAt: entry.updatedAt,
});

export async function frozenCitiesAfter(year: number, afterRank: number, limit: number) {
  const entries = await db.editionEntry.findMany({ where: { year, rank: { gt: afterRank } }, orderBy: { rank: "asc" }, take: limit, select: listSelect });
  return entries.map(asListedCity);
}

export function frozenCityCount(year: number) {
  return db.editionEntry.count({ where: { year } });
}

export async function frozenCitiesLastUpdated(year: number): Promise<Date | null> {
  const { _max } = await db.editionEntry.aggregate({ where: { year }, _max: { updatedAt: true } });
  return _max.updatedAt;
}

export async function frozenCity(year: number, slug: string) {
  const entry = await db.editionEntry.findUnique({ where: { year_slug: { year, slug } }, select: { ...listSelect, profile: true } });
  return entry && { ...asListedCity(entry), rank: entry.rank, profile: entry.profile };
}

export async function frozenNeighbours(year: number, rank: number) {
  const entries = await db.editionEntry.findMany({ where: { year, rank: { in: [rank - 1, rank + 1] } }, select: { slug: true, name: true, rank: true } });
  return { previous: entries.find((entry) => entry.rank === rank - 1) ?? null, next: entries.find((entry) => entry.rank === rank + 1) ?? null };
}

export function frozenCitySlugsAfter(year: number, afterRank: number, limit: number) {
  return db.editionEntry.findMany({ where: { year, rank: { gt: afterRank } }, orderBy: { rank: "asc" }, take: limit, select: { slug: true, updatedAt: true } });
}

type FrozenFaqEntry = { id: number; position: number; question: string; answer: string; updatedAt: string };

/** The edition's FAQ and page text as they were copied (one row). */
export async function frozenEditionText(year: number) {
  const edition = await db.edition.findUniqueOrThrow({ where: { year }, select: { pageText: true, pageTextUpdatedAt: true, faq: true } });
  return {
    pageText: edition.pageText as Record<string, unknown>,
    faq: (edition.faq as FrozenFaqEntry[]).map((entry) => ({
      id: entry.id,
      position: entry.position as number | null,
      question: entry.question,
      answer: entry.answer,
      updatedAt: new Date(entry.updatedAt),
    })),
    pageTextUpdatedAt: edition.pageTextUpdatedAt,
  };
}
