import "server-only";
import { db } from "../db";

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

/** The FAQ as editors see it: published entries by position, then drafts by where they would land. */
export async function faqEntriesForEditor() {
  const [entries, listing] = await Promise.all([
    db.faqEntry.findMany({ where: { deletedAt: null }, orderBy: [{ position: { sort: "asc", nulls: "last" } }, { plannedPosition: { sort: "asc", nulls: "last" } }, { id: "asc" }], select: editorFields }),
    db.listing.findUniqueOrThrow({ where: { id: 1 }, select: { faqVersion: true } }),
  ]);
  return { entries, listVersion: listing.faqVersion };
}
export type FaqEntryForEditor = Awaited<ReturnType<typeof faqEntriesForEditor>>["entries"][number];

export function faqEntryForEditing(id: number) {
  return db.faqEntry.findFirst({ where: { id, deletedAt: null }, select: { ...editorFields, answer: true } });
}
export type FaqEntryForEditing = NonNullable<Awaited<ReturnType<typeof faqEntryForEditing>>>;

export function trashedFaqEntries() {
  return db.faqEntry.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: "desc" },
    select: { id: true, question: true, status: true, deletedAt: true, updatedBy: { select: { name: true, email: true } } },
  });
}

/** GET /api/faq?include=drafts (editors only): the public shape plus drafts, with the FAQ's version. */
export async function faqEntriesWithDraftsForApi() {
  const [entries, listing] = await Promise.all([
    db.faqEntry.findMany({
      where: { deletedAt: null },
      orderBy: [{ position: { sort: "asc", nulls: "last" } }, { plannedPosition: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: { id: true, question: true, answer: true, position: true, status: true, plannedPosition: true, version: true, updatedAt: true },
    }),
    db.listing.findUniqueOrThrow({ where: { id: 1 }, select: { faqVersion: true } }),
  ]);
  return { version: listing.faqVersion, entries };
}
