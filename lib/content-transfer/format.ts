import { z } from "zod";
import { cityFieldsSchema } from "../cities/schema";
import { faqFieldsSchema } from "../faq/schema";
import { pageTextContentSchema } from "../listing/schema";
import { idSchema, positionSchema, statusSchema } from "../content-schema";

// The whole content as one JSON file: `npm run content:export`, `npm run content:import` and the
// dashboard's download. Documented in docs/content-format.md; a change to it raises FORMAT_VERSION.

export const FORMAT_NAME = "smart-cities-cms/content";
export const FORMAT_VERSION = 1;

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

export const contentFileSchema = z.strictObject({
  format: z.literal(FORMAT_NAME, { error: `This is not a content file of this CMS ("format" must be "${FORMAT_NAME}").` }),
  version: z.literal(FORMAT_VERSION, { error: `This CMS reads content files of version ${FORMAT_VERSION}.` }),
  exportedAt: timestamp,
  pageText: z.strictObject(pageTextContentSchema.shape),
  cities: z.array(exportedCitySchema),
  faq: z.array(exportedFaqEntrySchema),
  redirects: z.array(exportedRedirectSchema),
  revisions: z.array(exportedRevisionSchema),
});

export type ContentFile = z.output<typeof contentFileSchema>;
export type ExportedCity = z.output<typeof exportedCitySchema>;
export type ExportedFaqEntry = z.output<typeof exportedFaqEntrySchema>;
