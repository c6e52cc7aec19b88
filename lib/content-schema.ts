import { z } from "zod";

// Pieces every content schema (cities, FAQ, page text) shares.

export const idSchema = z.number({ error: "A record id is missing." }).int({ error: "Record ids are whole numbers." }).positive({ error: "Record ids are positive." });

/** An id from a URL segment (/api/cities/17): the same rules, read from text. */
export const routeIdSchema = z.coerce.number({ error: "The id in the address must be a number." }).pipe(idSchema);

export const versionSchema = z
  .number({ error: "The version this change is based on is missing. Reload the page." })
  .int({ error: "Versions are whole numbers." })
  .positive({ error: "Versions are positive." });

export const statusSchema = z.enum(["DRAFT", "PUBLISHED"], { error: "Choose draft or published." });

export const positionSchema = z
  .number({ error: "Enter a number." })
  .int({ error: "Enter a whole number." })
  .min(1, { error: "Positions start at 1." })
  .max(100_000, { error: "That position is far beyond the end of the list." });

/** A required single line of text. */
export const line = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, { error: `Enter ${label}.` })
    .max(max, { error: `Keep ${label} to ${max} characters or fewer.` });

/** Markdown text; empty is refused when `label` is required. */
export const markdown = (label: string, max = 20_000) =>
  z
    .string({ error: `Enter ${label}.` })
    .max(max, { error: `Keep ${label} to ${max.toLocaleString("en")} characters or fewer.` })
    .refine((text) => text.trim().length > 0, { error: `Enter ${label}.` });

/** Move one published entry to a place in its list, based on the list version the editor saw. */
export const moveSchema = z.object({ id: idSchema, to: positionSchema, listVersion: versionSchema });
export type MoveInput = z.output<typeof moveSchema>;

export const orderSchema = z.object({
  ids: z
    .array(idSchema, { error: "Send the new order as a list of ids." })
    .max(10_000, { error: "The order is longer than any list here." }),
  version: versionSchema,
});
