import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { theListing } from "../listing/the-listing";
import { faqEditableFields } from "./fields";

const editorFields = {
  id: true,
  question: true,
  position: true,
  plannedPosition: true,
  status: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { name: true, email: true } },
} as const;

/** Which part of the dashboard's FAQ to read: a page of the published entries (or of the search results) and a page of the drafts. */
export type FaqEditorListRequest = { page: number; query: string; draftPage: number; pageSize: number };

/** One page of the FAQ as editors see it and one page of its drafts, as citiesForEditor does for the ranking. */
export async function faqEntriesForEditor({ page, query, draftPage, pageSize }: FaqEditorListRequest) {
  // The version first, so a page that changes in between makes the next move stale, never silently accepted.
  const { faqVersion } = await db.listing.findUniqueOrThrow({ where: theListing, select: { faqVersion: true } });
  const search: Prisma.FaqEntryWhereInput = query
    ? { question: { contains: query.replace(/[\\%_]/g, (character) => `\\${character}`), mode: "insensitive" } }
    : {};
  const [highestPosition, matchCount, draftCount] = await Promise.all([
    // Positions are 1..N (enforced by the database): N is the highest one.
    db.faqEntry.aggregate({ _max: { position: true } }),
    query ? db.faqEntry.count({ where: { position: { not: null }, ...search } }) : null,
    db.faqEntry.count({ where: { position: null, deletedAt: null, ...search } }),
  ]);
  const publishedCount = highestPosition._max.position ?? 0;
  const matches = matchCount ?? publishedCount;
  const pageCount = Math.max(1, Math.ceil(matches / pageSize));
  const draftPageCount = Math.max(1, Math.ceil(draftCount / pageSize));
  const shown = { page: Math.min(page, pageCount), draftPage: Math.min(draftPage, draftPageCount) };
  const [published, drafts] = await Promise.all([
    db.faqEntry.findMany({
      where: { position: { not: null }, ...search },
      orderBy: { position: "asc" },
      skip: (shown.page - 1) * pageSize,
      take: pageSize,
      select: editorFields,
    }),
    db.faqEntry.findMany({
      where: { position: null, deletedAt: null, ...search },
      orderBy: [{ plannedPosition: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      skip: (shown.draftPage - 1) * pageSize,
      take: pageSize,
      select: editorFields,
    }),
  ]);
  return {
    published,
    drafts,
    publishedCount,
    listVersion: faqVersion,
    view: { query, page: shown.page, pageCount, matchCount: matches, draftPage: shown.draftPage, draftPageCount, draftCount, pageSize },
  };
}
export type FaqEntryForEditor = Awaited<ReturnType<typeof faqEntriesForEditor>>["published"][number];

export function faqEntryForEditing(id: number) {
  return db.faqEntry.findFirst({ where: { id, deletedAt: null }, select: { ...editorFields, ...faqEditableFields } });
}
export type FaqEntryForEditing = NonNullable<Awaited<ReturnType<typeof faqEntryForEditing>>>;

export function trashedFaqEntries() {
  return db.faqEntry.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: "desc" },
    select: { id: true, question: true, status: true, deletedAt: true, updatedBy: { select: { name: true, email: true } } },
  });
}

/** GET /api/editor/faq (editors only): the public shape plus drafts, with the FAQ's version. */
export async function faqEntriesWithDraftsForApi() {
  // One snapshot, as citiesWithDraftsForApi: the version is the version of exactly this order.
  const [entries, listing] = await db.$transaction(
    [
      db.faqEntry.findMany({
        where: { deletedAt: null },
        orderBy: [{ position: { sort: "asc", nulls: "last" } }, { plannedPosition: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        select: { id: true, ...faqEditableFields, position: true, status: true, plannedPosition: true, version: true, updatedAt: true },
      }),
      db.listing.findUniqueOrThrow({ where: theListing, select: { faqVersion: true } }),
    ],
    { isolationLevel: "RepeatableRead" },
  );
  return { version: listing.faqVersion, entries };
}
