import { z } from "zod";
import {
  fieldsObject,
  idSchema,
  isStorableText,
  line,
  markdown,
  moveSchema,
  orderSchema,
  positionSchema,
  statusSchema,
  versionSchema,
} from "../content-schema";

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A URL-safe slug from a name: "Kuala Lumpur" → "kuala-lumpur", "São Paulo" → "sao-paulo". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

const slugSchema = z
  .string({ error: "Enter the city's address (slug)." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter the city's address (slug)." })
  .max(80, { error: "Keep the address to 80 characters or fewer." })
  .regex(SLUG_PATTERN, { error: "Use lowercase letters, digits and single hyphens, like kuala-lumpur." });

const focusAreasSchema = z.preprocess(
  // The form edits focus areas as one comma-separated line; the API sends a list.
  (value) => (typeof value === "string" ? value.split(",") : value),
  z
    .array(
      z
        .string({ error: "Focus areas are words or short phrases." })
        .trim()
        .toLowerCase()
        .max(40, { error: "Keep each focus area to 40 characters or fewer." })
        .refine(isStorableText, { error: "Remove the invisible control characters or broken symbols from the focus areas." }),
      { error: "List the focus areas, separated by commas." },
    )
    .transform((areas) => [...new Set(areas.filter(Boolean))])
    .pipe(z.array(z.string()).max(10, { error: "Choose at most 10 focus areas." })),
);

export const cityFieldsSchema = fieldsObject({
  name: line("the city's name", 120),
  slug: slugSchema,
  country: line("the country", 80),
  summary: line("a summary for the list", 600),
  profile: markdown("the profile"),
  focusAreas: focusAreasSchema,
});

export const createCitySchema = cityFieldsSchema.extend({
  status: statusSchema.default("DRAFT"),
  /** Where the city lands in the ranking when published; the end of the list when left out. */
  plannedRank: positionSchema.optional(),
});
export type CreateCityInput = z.output<typeof createCitySchema>;

export const updateCitySchema = cityFieldsSchema.extend({ id: idSchema, version: versionSchema, plannedRank: positionSchema.nullable().optional() });
export type UpdateCityInput = z.output<typeof updateCitySchema>;

/** PATCH /api/editor/cities/[id]: any subset of the fields, plus the version it is based on. */
export const patchCitySchema = cityFieldsSchema
  .partial()
  .extend({ id: idSchema, version: versionSchema, status: statusSchema.optional(), plannedRank: positionSchema.nullable().optional() });
export type PatchCityInput = z.output<typeof patchCitySchema>;

export const cityStatusSchema = fieldsObject({ id: idSchema, version: versionSchema, status: statusSchema });
export type CityStatusInput = z.output<typeof cityStatusSchema>;

export const cityRefSchema = fieldsObject({ id: idSchema, version: versionSchema });
export type CityRef = z.output<typeof cityRefSchema>;

export const trashedCitySchema = fieldsObject({ id: idSchema });

export const moveCitySchema = moveSchema;

export const reorderCitiesSchema = orderSchema;
export type ReorderInput = z.output<typeof orderSchema>;
