import "server-only";
import { db } from "../db";
import { theListing } from "../listing/the-listing";
import { faqEditableFields } from "./fields";
import { frozenEditionForReaders } from "../editions/readers-edition";
import { frozenEditionText } from "../editions/frozen-reads";

// Public reads: published FAQ entries only. The dashboard's reads are in editor-queries.ts.

export const publishedFaqWhere = { status: "PUBLISHED", deletedAt: null, position: { not: null } } as const;

/** The public FAQ: published entries in their order. Answers are Markdown. */
export async function publishedFaqEntries() {
  const frozen = await frozenEditionForReaders();
  if (frozen !== null) return (await frozenEditionText(frozen)).faq;
  return liveFaqEntries();
}

function liveFaqEntries() {
  return db.faqEntry.findMany({
    where: publishedFaqWhere,
    orderBy: { position: "asc" },
    select: { id: true, position: true, ...faqEditableFields, updatedAt: true },
  });
}
export type PublishedFaqEntry = Awaited<ReturnType<typeof publishedFaqEntries>>[number];

/** The FAQ and its version, read in one snapshot so the version belongs to that order (GET /api/faq). */
export async function publishedFaq() {
  const frozen = await frozenEditionForReaders();
  if (frozen !== null) {
    const [listing, { faq }] = await Promise.all([
      db.listing.findUniqueOrThrow({ where: theListing, select: { faqVersion: true } }),
      frozenEditionText(frozen),
    ]);
    return { version: listing.faqVersion, entries: faq };
  }
  const [listing, entries] = await db.$transaction([db.listing.findUniqueOrThrow({ where: theListing, select: { faqVersion: true } }), liveFaqEntries()], {
    isolationLevel: "RepeatableRead",
  });
  return { version: listing.faqVersion, entries };
}
