import { z } from "zod";
import { fieldsObject, idSchema, line, markdown, moveSchema, orderSchema, positionSchema, statusSchema, versionSchema } from "../content-schema";

export const faqFieldsSchema = fieldsObject({
  question: line("the question", 300),
  answer: markdown("the answer", 10_000),
});

export const createFaqEntrySchema = faqFieldsSchema.extend({
  status: statusSchema.default("DRAFT"),
  /** Where the entry lands when published; the end of the FAQ when left out. */
  plannedPosition: positionSchema.optional(),
});
export type CreateFaqEntryInput = z.output<typeof createFaqEntrySchema>;

export const updateFaqEntrySchema = faqFieldsSchema.extend({ id: idSchema, version: versionSchema, plannedPosition: positionSchema.nullable().optional() });
export const patchFaqEntrySchema = faqFieldsSchema
  .partial()
  .extend({ id: idSchema, version: versionSchema, status: statusSchema.optional(), plannedPosition: positionSchema.nullable().optional() });
export type PatchFaqEntryInput = z.output<typeof patchFaqEntrySchema>;

export const faqEntryRefSchema = fieldsObject({ id: idSchema, version: versionSchema });
export const trashedFaqEntrySchema = fieldsObject({ id: idSchema });
export const moveFaqEntrySchema = moveSchema;
export const reorderFaqSchema = orderSchema;
