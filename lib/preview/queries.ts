import "server-only";
import { db } from "../db";
import { cityEditableFields, cityListAnswerFields } from "../cities/fields";
import { faqEditableFields } from "../faq/fields";

// Reads for an editor's preview of the public pages (lib/preview/is-preview.ts decides when): drafts
// included, the trash never. Apart from the public reads (lib/*/queries.ts) so those cannot leak a draft.

const SLUG_FORMAT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A city by its address, draft or published, with what a draft's page needs to say where it will go. */
export async function cityForPreview(slug: string) {
  if (slug.length > 80 || !SLUG_FORMAT.test(slug)) return null;
  return db.city.findFirst({
    where: { slug, deletedAt: null },
    select: { ...cityListAnswerFields, ...cityEditableFields, status: true, plannedRank: true },
  });
}

/** The drafts waiting to be published: cities by the rank they will take, FAQ entries by position. */
export async function draftsForPreview() {
  const [cities, faqEntries] = await Promise.all([
    db.city.findMany({
      where: { status: "DRAFT", deletedAt: null },
      orderBy: [{ plannedRank: { sort: "asc", nulls: "last" } }, { name: "asc" }],
      take: 100,
      select: { id: true, slug: true, name: true, country: true, summary: true, plannedRank: true },
    }),
    db.faqEntry.findMany({
      where: { status: "DRAFT", deletedAt: null },
      orderBy: [{ plannedPosition: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: 100,
      select: { id: true, ...faqEditableFields, plannedPosition: true },
    }),
  ]);
  return { cities, faqEntries };
}
