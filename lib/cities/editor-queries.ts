import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { theListing } from "../listing/the-listing";
import { cityEditableFields, cityListAnswerFields } from "./fields";

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

/** Which part of the dashboard's list to read: a page of the ranking (or of its search results) and a page of the drafts. */
export type EditorListRequest = { page: number; query: string; draftPage: number; pageSize: number };

/**
 * One page of the ranking as editors see it, and one page of the drafts (by where they would land),
 * both narrowed by the search when there is one. Never the whole list: at 10,000 cities the page
 * stays as light as at 15.
 */
export async function citiesForEditor({ page, query, draftPage, pageSize }: EditorListRequest) {
  // The version first: rows read after it are as new or newer, so a move based on a page that
  // changed in between is refused as stale rather than accepted on an outdated view.
  const { rankingVersion } = await db.listing.findUniqueOrThrow({ where: theListing, select: { rankingVersion: true } });
  const search = citySearch(query);
  const [highestRank, matchCount, draftCount] = await Promise.all([
    // Ranks are 1..N (the database refuses anything else), so N is the highest rank: one index
    // entry read rather than a count of every row.
    db.city.aggregate({ _max: { rank: true } }),
    query ? db.city.count({ where: { rank: { not: null }, ...search } }) : null,
    db.city.count({ where: { rank: null, deletedAt: null, ...search } }),
  ]);
  const publishedCount = highestRank._max.rank ?? 0;
  const matches = matchCount ?? publishedCount;
  const shown = { page: Math.min(page, pageCountOf(matches, pageSize)), draftPage: Math.min(draftPage, pageCountOf(draftCount, pageSize)) };
  const [published, drafts] = await Promise.all([
    // Ranks are contiguous, so a page of the whole ranking is a range of the rank index (no OFFSET).
    // A search reads every row anyway (a substring match cannot use a b-tree index), so OFFSET costs nothing more there.
    query
      ? db.city.findMany({
          where: { rank: { not: null }, ...search },
          orderBy: { rank: "asc" },
          skip: (shown.page - 1) * pageSize,
          take: pageSize,
          select: editorFields,
        })
      : db.city.findMany({
          where: { rank: { gte: (shown.page - 1) * pageSize + 1, lte: shown.page * pageSize } },
          orderBy: { rank: "asc" },
          select: editorFields,
        }),
    db.city.findMany({
      where: { rank: null, deletedAt: null, ...search },
      orderBy: [{ plannedRank: { sort: "asc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
      skip: (shown.draftPage - 1) * pageSize,
      take: pageSize,
      select: editorFields,
    }),
  ]);
  return {
    published,
    drafts,
    publishedCount,
    listVersion: rankingVersion,
    view: {
      query,
      page: shown.page,
      pageCount: pageCountOf(matches, pageSize),
      matchCount: matches,
      draftPage: shown.draftPage,
      draftPageCount: pageCountOf(draftCount, pageSize),
      draftCount,
      pageSize,
    },
  };
}
export type CityForEditor = Awaited<ReturnType<typeof citiesForEditor>>["published"][number];

const pageCountOf = (count: number, pageSize: number) => Math.max(1, Math.ceil(count / pageSize));

/** Name, country or slug containing the query, any case; % and _ are matched as themselves. */
function citySearch(query: string): Prisma.CityWhereInput {
  if (!query) return {};
  const contains = { contains: query.replace(/[\\%_]/g, (character) => `\\${character}`), mode: "insensitive" as const };
  return { OR: [{ name: contains }, { country: contains }, { slug: contains }] };
}

/** One city with every field the edit form shows, or null when it does not exist or is in the trash. */
export function cityForEditing(id: number) {
  return db.city.findFirst({
    where: { id, deletedAt: null },
    select: { ...editorFields, ...cityEditableFields },
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

/** GET /api/editor/cities (editors only): the public shape plus drafts, with the ranking's version. */
export async function citiesWithDraftsForApi() {
  // One snapshot: a script sends this version back with a whole new order (PUT
  // /api/editor/cities/order), so it must be the version of exactly this order, never a newer one.
  const [cities, listing] = await db.$transaction(
    [
      db.city.findMany({
        where: { deletedAt: null },
        orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { plannedRank: { sort: "asc", nulls: "last" } }, { name: "asc" }],
        select: { ...cityListAnswerFields, status: true, plannedRank: true, version: true },
      }),
      db.listing.findUniqueOrThrow({ where: theListing, select: { rankingVersion: true } }),
    ],
    { isolationLevel: "RepeatableRead" },
  );
  return { version: listing.rankingVersion, cities };
}
