import { z } from "zod";
import { cityFieldsSchema } from "../cities/schema";
import { faqFieldsSchema } from "../faq/schema";
import { pageTextContentSchema } from "../listing/schema";
import { idSchema, positionSchema, statusSchema } from "../content-schema";

// The whole content as one JSON file: `npm run content:export`, `npm run content:import` and the
// dashboard's download. Documented in docs/content-format.md; a change to it raises FORMAT_VERSION.

export const FORMAT_NAME = "smart-cities-cms/content";
export const FORMAT_VERSION = 2;
/** Version 1 had no editions; such a file still imports (as content with none archived). */
const READABLE_VERSIONS = [1, 2] as const;

const timestamp = z.iso.datetime({ error: "Use an ISO 8601 UTC time, like 2026-12-04T18:00:00.000Z." });
const nullableTimestamp = timestamp.nullable();

const contentRecord = {
  id: idSchema,
  status: statusSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Set while the record is in the trash. */
  deletedAt: nullableTimestamp,
};

export const exportedCitySchema = z.strictObject({
  ...contentRecord,
  ...cityFieldsSchema.shape,
  rank: positionSchema.nullable(),
  plannedRank: positionSchema.nullable(),
});

export const exportedFaqEntrySchema = z.strictObject({
  ...contentRecord,
  ...faqFieldsSchema.shape,
  position: positionSchema.nullable(),
  plannedPosition: positionSchema.nullable(),
});

export const exportedRedirectSchema = z.strictObject({
  /** The old address (slug) that answers with a permanent redirect… */
  from: z.string().min(1).max(80),
  /** …to the city with this id. */
  cityId: idSchema,
});

export const exportedRevisionSchema = z.strictObject({
  entityType: z.enum(["city", "faq", "listing"]),
  entityId: idSchema,
  number: positionSchema.max(2_147_483_647),
  /** The record's editable fields as that revision saved them (checked on restore, not on import: older rules may differ). */
  fields: z.record(z.string(), z.unknown()),
  summary: z.string().max(300),
  at: timestamp,
  userEmail: z.string().max(254),
  restoredFrom: z.number().int().positive().nullable(),
});

/**
 * An edition kept as readers saw it (lib/editions): "public" while readers are still shown it and
 * the next edition is prepared, "archived" once that one is published.
 */
export const exportedEditionSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  status: z.enum(["public", "archived"]),
  title: z.string().min(1).max(300),
  pageText: z.strictObject(pageTextContentSchema.shape),
  pageTextUpdatedAt: timestamp,
  faq: z.array(z.strictObject({ id: idSchema, position: positionSchema, question: z.string().min(1), answer: z.string(), updatedAt: timestamp })),
  frozenAt: timestamp,
  frozenByEmail: z.string().max(254),
  archivedAt: nullableTimestamp,
  archivedByEmail: z.string().max(254).nullable(),
  entries: z.array(
    z.strictObject({
      rank: positionSchema,
      /** The city in this file, or null when it was deleted for good after the edition. */
      cityId: idSchema.nullable(),
      slug: cityFieldsSchema.shape.slug,
      name: z.string().min(1).max(120),
      country: z.string().min(1).max(80),
      summary: z.string().max(600),
      profile: z.string(),
      focusAreas: z.array(z.string()),
      updatedAt: timestamp,
    }),
  ),
});

export const contentFileSchema = z.strictObject({
  format: z.literal(FORMAT_NAME, { error: `This is not a content file of this CMS ("format" must be "${FORMAT_NAME}").` }),
  version: z.union(
    READABLE_VERSIONS.map((version) => z.literal(version)),
    { error: `This CMS reads content files of versions ${READABLE_VERSIONS.join(" and ")}.` },
  ),
  exportedAt: timestamp,
  pageText: z.strictObject(pageTextContentSchema.shape),
  cities: z.array(exportedCitySchema),
  faq: z.array(exportedFaqEntrySchema),
  redirects: z.array(exportedRedirectSchema),
  revisions: z.array(exportedRevisionSchema),
  /** Oldest first; absent from version 1 files. */
  editions: z.array(exportedEditionSchema).default([]),
});

export type ContentFile = z.output<typeof contentFileSchema>;
export type ExportedCity = z.output<typeof exportedCitySchema>;
export type ExportedFaqEntry = z.output<typeof exportedFaqEntrySchema>;
export type ExportedEdition = z.output<typeof exportedEditionSchema>;
