import "server-only";
import { db } from "../db";

// Reads for the dashboard: drafts included, said so in every name. Public pages use queries.ts.

const editorFields = {
  id: true,
  slug: true,
  name: true,
  country: true,
  rank: true,
  plannedRank: true,
  status: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { name: true, email: true } },
} as const;

/** The ranking as editors see it: published cities by rank, then drafts by where they would land. */
export async function citiesForEditor() {
  const [cities, listing] = await Promise.all([
    db.city.findMany({ where: { deletedAt: null }, orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { plannedRank: { sort: "asc", nulls: "last" } }, { name: "asc" }], select: editorFields }),
    db.listing.findUniqueOrThrow({ where: { id: 1 }, select: { rankingVersion: true } }),
  ]);
  return { cities, listVersion: listing.rankingVersion };
}
export type CityForEditor = Awaited<ReturnType<typeof citiesForEditor>>["cities"][number];

/** One city with every field the edit form shows, or null when it does not exist or is in the trash. */
export function cityForEditing(id: number) {
  return db.city.findFirst({
    where: { id, deletedAt: null },
    select: { ...editorFields, summary: true, profile: true, focusAreas: true },
  });
}
export type CityForEditing = NonNullable<Awaited<ReturnType<typeof cityForEditing>>>;

/** Cities in the trash, most recently trashed first. */
export function trashedCities() {
  return db.city.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: "desc" },
    select: { id: true, name: true, country: true, status: true, plannedRank: true, deletedAt: true, updatedBy: { select: { name: true, email: true } } },
  });
}

/** GET /api/cities?include=drafts (editors only): the public shape plus drafts, with the ranking's version. */
export async function citiesWithDraftsForApi() {
  const [cities, listing] = await Promise.all([
    db.city.findMany({
      where: { deletedAt: null },
      orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { plannedRank: { sort: "asc", nulls: "last" } }, { name: "asc" }],
      select: { id: true, slug: true, name: true, country: true, rank: true, summary: true, focusAreas: true, updatedAt: true, status: true, plannedRank: true, version: true },
    }),
    db.listing.findUniqueOrThrow({ where: { id: 1 }, select: { rankingVersion: true } }),
  ]);
  return { version: listing.rankingVersion, cities };
}
