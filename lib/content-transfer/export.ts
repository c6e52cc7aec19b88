import type { Database } from "../db";
import { fieldsOf } from "../content-fields";
import { cityFieldsSchema } from "../cities/schema";
import { faqFieldsSchema } from "../faq/schema";
import { pageTextContentSchema } from "../listing/schema";
import { theListing } from "../listing/the-listing";
import { FORMAT_NAME, FORMAT_VERSION, type ContentFile } from "./format";
import { LONG_TRANSACTION } from "./import";

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * The whole content, read in one snapshot so the file is consistent even while editors work. Every
 * list is in a fixed order (ids, slugs, revision numbers), so two exports of the same content are
 * the same file apart from `exportedAt`.
 */
export async function exportContent(db: Database, now = new Date()): Promise<ContentFile> {
  return db.$transaction(
    async (tx) => {
      const [listing, cities, faq, redirects, revisions, editions] = [
        await tx.listing.findUniqueOrThrow({ where: theListing }),
        await tx.city.findMany({ orderBy: { id: "asc" } }),
        await tx.faqEntry.findMany({ orderBy: { id: "asc" } }),
        await tx.slugRedirect.findMany({ orderBy: { fromSlug: "asc" } }),
        await tx.revision.findMany({ orderBy: [{ entityType: "asc" }, { entityId: "asc" }, { number: "asc" }] }),
        await tx.edition.findMany({ orderBy: { year: "asc" }, include: { entries: { orderBy: { rank: "asc" } } } }),
      ];
      return {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        exportedAt: iso(now),
        pageText: fieldsOf(pageTextContentSchema, listing),
        cities: cities.map((city) => ({
          id: city.id,
          ...fieldsOf(cityFieldsSchema, city),
          status: city.status,
          rank: city.rank,
          plannedRank: city.plannedRank,
          createdAt: iso(city.createdAt),
          updatedAt: iso(city.updatedAt),
          deletedAt: isoOrNull(city.deletedAt),
        })),
        faq: faq.map((entry) => ({
          id: entry.id,
          ...fieldsOf(faqFieldsSchema, entry),
          status: entry.status,
          position: entry.position,
          plannedPosition: entry.plannedPosition,
          createdAt: iso(entry.createdAt),
          updatedAt: iso(entry.updatedAt),
          deletedAt: isoOrNull(entry.deletedAt),
        })),
        redirects: redirects.map((redirect) => ({ from: redirect.fromSlug, cityId: redirect.cityId })),
        revisions: revisions.map((revision) => ({
          entityType: revision.entityType as "city" | "faq" | "listing",
          entityId: revision.entityId,
          number: revision.number,
          fields: revision.fields as Record<string, unknown>,
          summary: revision.summary,
          at: iso(revision.at),
          userEmail: revision.userEmail,
          restoredFrom: revision.restoredFrom,
        })),
        editions: editions.map((edition) => ({
          year: edition.year,
          status: edition.status as "public" | "archived",
          title: edition.title,
          pageText: edition.pageText as ContentFile["pageText"],
          pageTextUpdatedAt: iso(edition.pageTextUpdatedAt),
          faq: edition.faq as ContentFile["editions"][number]["faq"],
          frozenAt: iso(edition.frozenAt),
          frozenByEmail: edition.frozenByEmail,
          archivedAt: isoOrNull(edition.archivedAt),
          archivedByEmail: edition.archivedByEmail,
          entries: edition.entries.map((entry) => ({
            rank: entry.rank,
            cityId: entry.cityId,
            slug: entry.slug,
            name: entry.name,
            country: entry.country,
            summary: entry.summary,
            profile: entry.profile,
            focusAreas: entry.focusAreas,
            updatedAt: iso(entry.updatedAt),
          })),
        })),
      };
    },
    { isolationLevel: "RepeatableRead", ...LONG_TRANSACTION },
  );
}

/** The file's text: two-space JSON and a final newline, the same bytes for the same content. */
export const contentFileText = (file: ContentFile) => `${JSON.stringify(file, null, 2)}\n`;
