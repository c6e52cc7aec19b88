import type { z } from "zod";

// The fields an editor sets on a record are the keys of its domain's zod schema (cityFieldsSchema,
// faqFieldsSchema). What can follow from that list does, so adding a field there reaches the reads,
// the audit and the form's starting values without editing each (docs/adding-a-field.md).

type Shape = z.core.$ZodShape;

/** A Prisma select of every field of a zod object: `{ name: true, slug: true, … }`. */
export function selectOf<S extends Shape>(schema: z.ZodObject<S>): { readonly [K in keyof S]: true } {
  // Object.fromEntries cannot say which keys it builds; they are exactly the shape's.
  return Object.fromEntries(Object.keys(schema.shape).map((field) => [field, true])) as { readonly [K in keyof S]: true };
}

/** A select without some of its fields (e.g. the long Markdown that lists leave out). */
export function selectWithout<T extends Record<string, true>, K extends keyof T>(select: T, left: readonly K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(select).filter(([field]) => !left.includes(field as K))) as Omit<T, K>;
}

/** What a form's control holds for a stored value: a list as one comma-separated line, nothing as an empty box. */
export type FormValue<T> = T extends readonly unknown[] ? string : T extends null | undefined ? "" : T;

function formValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.join(", ");
  return value ?? "";
}

/** A form's starting values for every field of `schema`, from the stored record. */
export function formValuesOf<S extends Shape, R extends { [K in keyof S]: unknown }>(schema: z.ZodObject<S>, record: R): { [K in keyof S]: FormValue<R[K]> } {
  return Object.fromEntries(Object.keys(schema.shape).map((field) => [field, formValue(record[field as keyof S])])) as { [K in keyof S]: FormValue<R[K]> };
}

/** A new record's form: every field of `schema` empty. */
export function emptyFormValuesOf<S extends Shape>(schema: z.ZodObject<S>): { [K in keyof S]: "" } {
  return Object.fromEntries(Object.keys(schema.shape).map((field) => [field, ""])) as { [K in keyof S]: "" };
}

/** The keys of a zod object (for tests that check a field reaches every place it should). */
export const fieldNamesOf = <S extends Shape>(schema: z.ZodObject<S>): (keyof S & string)[] => Object.keys(schema.shape);

/** The fields of `schema` out of a stored record (what a revision keeps). */
export function fieldsOf<S extends Shape, R extends { [K in keyof S]: unknown }>(schema: z.ZodObject<S>, record: R): { [K in keyof S]: R[K] } {
  return Object.fromEntries(Object.keys(schema.shape).map((field) => [field, record[field as keyof S]])) as { [K in keyof S]: R[K] };
}
