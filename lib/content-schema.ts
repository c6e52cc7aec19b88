import { z } from "zod";

// Pieces every content schema (cities, FAQ, page text) shares.

/** The largest id, version or position a column holds (PostgreSQL integer); larger numbers are refused, not a crash. */
export const MAX_STORED_INTEGER = 2_147_483_647;

/** An object of named fields; anything else (a list, a number, nothing) gets one readable answer. */
export const fieldsObject = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.object(shape, { error: "Send the fields as one object of named values, like {“id”: 7, “version”: 3}." });

export const idSchema = z
  .number({ error: "A record id is missing." })
  .int({ error: "Record ids are whole numbers." })
  .positive({ error: "Record ids are positive." })
  .max(MAX_STORED_INTEGER, { error: "No record has an id that large." });

/** An id from a URL segment (/api/editor/cities/17): the same rules, read from text. */
export const routeIdSchema = z.coerce.number({ error: "The id in the address must be a number." }).pipe(idSchema);

export const versionSchema = z
  .number({ error: "The version this change is based on is missing. Reload the page." })
  .int({ error: "Versions are whole numbers." })
  .positive({ error: "Versions are positive." })
  .max(MAX_STORED_INTEGER, { error: "No version is that large. Reload the page." });

export const statusSchema = z.enum(["DRAFT", "PUBLISHED"], { error: "Choose draft or published." });

/** The longest ranking or FAQ the whole-order API takes in one request (a move works at any length). */
export const MAX_ORDER_LENGTH = 100_000;

export const positionSchema = z
  .number({ error: "Enter a number." })
  .int({ error: "Enter a whole number." })
  .min(1, { error: "Positions start at 1." })
  .max(100_000, { error: "That position is far beyond the end of the list." });

// Control characters other than tab and line breaks (PostgreSQL cannot store NUL at all), and
// text that is not well-formed Unicode (a lone surrogate would be stored as U+FFFD, not as sent).
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Text that can be stored exactly as typed. */
export const isStorableText = (text: string) => !CONTROL_CHARACTER.test(text) && !LONE_SURROGATE.test(text);

const storable = (label: string) => [isStorableText, { error: `Remove the invisible control characters or broken symbols from ${label}.` }] as const;

/** A required single line of text. */
export const line = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, { error: `Enter ${label}.` })
    .max(max, { error: `Keep ${label} to ${max} characters or fewer.` })
    .refine(...storable(label));

/** Markdown text; empty is refused when `label` is required. */
export const markdown = (label: string, max = 20_000) =>
  z
    .string({ error: `Enter ${label}.` })
    .max(max, { error: `Keep ${label} to ${max.toLocaleString("en")} characters or fewer.` })
    .refine((text) => text.trim().length > 0, { error: `Enter ${label}.` })
    .refine(...storable(label));

/** Move one published entry to a place in its list, based on the list version the editor saw. */
export const moveSchema = fieldsObject({ id: idSchema, to: positionSchema, listVersion: versionSchema });
export type MoveInput = z.output<typeof moveSchema>;

export const orderSchema = fieldsObject({
  ids: z.array(idSchema, { error: "Send the new order as a list of ids." }).max(MAX_ORDER_LENGTH, {
    error: `A new order can name at most ${MAX_ORDER_LENGTH.toLocaleString("en")} ids. For a longer list, move entries one at a time (POST /api/editor/cities/<id>/move).`,
  }),
  version: versionSchema,
});
