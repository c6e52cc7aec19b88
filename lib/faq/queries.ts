import "server-only";
import { db } from "../db";
import { theListing } from "../listing/the-listing";
import { faqEditableFields } from "./fields";

// Public reads: published FAQ entries only. The dashboard's reads are in editor-queries.ts.

export const publishedFaqWhere = { status: "PUBLISHED", deletedAt: null, position: { not: null } } as const;

/** The public FAQ: published entries in their order. Answers are Markdown. */
export function publishedFaqEntries() {
  return db.faqEntry.findMany({
    where: publishedFaqWhere,
    orderBy: { position: "asc" },
    select: { id: true, position: true, ...faqEditableFields, updatedAt: true },
  });
}
export type PublishedFaqEntry = Awaited<ReturnType<typeof publishedFaqEntries>>[number];

/** The FAQ and its version, read in one snapshot so the version belongs to that order (GET /api/faq). */
export async function publishedFaq() {
  const [listing, entries] = await db.$transaction([db.listing.findUniqueOrThrow({ where: theListing, select: { faqVersion: true } }), publishedFaqEntries()], {
    isolationLevel: "RepeatableRead",
  });
  return { version: listing.faqVersion, entries };
}
