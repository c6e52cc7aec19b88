import { z } from "zod";
import { idSchema, line, markdown, orderSchema, positionSchema, statusSchema, versionSchema } from "../content-schema";

export const faqFieldsSchema = z.object({
  question: line("the question", 300),
  answer: markdown("the answer", 10_000),
});

export const createFaqEntrySchema = faqFieldsSchema.extend({
  status: statusSchema.default("DRAFT"),
  /** Where the entry lands when published; the end of the FAQ when left out. */
  plannedPosition: positionSchema.optional(),
});
export type CreateFaqEntryInput = z.output<typeof createFaqEntrySchema>;

export const updateFaqEntrySchema = faqFieldsSchema.extend({ id: idSchema, version: versionSchema });
export const patchFaqEntrySchema = faqFieldsSchema.partial().extend({ id: idSchema, version: versionSchema, status: statusSchema.optional() });
export type PatchFaqEntryInput = z.output<typeof patchFaqEntrySchema>;

export const faqEntryRefSchema = z.object({ id: idSchema, version: versionSchema });
export const trashedFaqEntrySchema = z.object({ id: idSchema });
export const moveFaqEntrySchema = z.object({ id: idSchema, toPosition: positionSchema, listVersion: versionSchema });
export type MoveFaqEntryInput = z.output<typeof moveFaqEntrySchema>;
export const reorderFaqSchema = orderSchema;
