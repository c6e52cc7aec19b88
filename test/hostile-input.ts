import fc from "fast-check";

// Random and hostile values for property-based tests of everything that reads input: the zod
// schemas (lib/schemas.property.test.ts) and the endpoints (e2e/hostile-input.spec.ts).

/** Strings that have broken parsers, databases and pages before. */
export const hostileStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[31m",
  "\r\n\t",
  "\ud800",
  "x\udfffy",
  "\u202e\u2066RTL override",
  "\ufeffBOM",
  "\u200b\u200c\u200d",
  "e\u0301\u0301\u0301\u0301",
  "👩🏽‍👩🏽‍👧🏽‍👦🏽",
  "𝕳𝖊𝖑𝖑𝖔",
  "İıß",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  '"><svg onload=alert(1)>',
  '\'; DROP TABLE "City"; --',
  "' OR '1'='1",
  "1; SELECT pg_sleep(5)",
  "%00",
  "../../etc/passwd",
  "{{7*7}}",
  "${7*7}",
  "$1",
  "$$",
  "__proto__",
  "constructor",
  "null",
  "NaN",
  "-1",
  "1e309",
  "order",
  "x".repeat(1_000),
  "y".repeat(100_001),
] as const;

/** Numbers that are not what a rank, an id or a version looks like. */
export const hostileNumbers = [
  0,
  -0,
  -1,
  -2_147_483_648,
  1.5,
  0.1,
  2_147_483_647,
  2_147_483_648,
  4_294_967_296,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  1e21,
  1e308,
  -1e308,
  Number.EPSILON,
] as const;

/** Any one hostile value: strings, numbers, wrong types, odd structures. Only JSON-representable values when `jsonOnly`. */
export function hostileValue(options: { jsonOnly?: boolean } = {}): fc.Arbitrary<unknown> {
  const strings = fc.oneof(
    fc.constantFrom(...hostileStrings),
    fc.string({ unit: "binary", maxLength: 40 }),
    // Any UTF-16 code unit, lone surrogates included.
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 20 }),
  );
  const numbers = fc.oneof(fc.constantFrom(...hostileNumbers), fc.integer(), fc.double({ noNaN: options.jsonOnly, noDefaultInfinity: options.jsonOnly }));
  const scalars = fc.oneof(
    strings,
    numbers,
    fc.boolean(),
    fc.constant(null),
    ...(options.jsonOnly ? [] : [fc.constant(undefined), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY)]),
  );
  return fc.oneof(
    { weight: 4, arbitrary: scalars },
    { weight: 1, arbitrary: fc.array(scalars, { maxLength: 5 }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "id", "version")), scalars, { maxKeys: 4 }),
    },
  );
}

/** Ways to break a complete order of ids: duplicates, missing, unknown, negative or non-integer ids. */
const ORDER_BREAKERS = {
  empty: () => [],
  "first twice": (ids: readonly number[]) => [...ids, ids[0]],
  "first missing": (ids: readonly number[]) => ids.slice(1),
  "last replaced by the first": (ids: readonly number[]) => [...ids.slice(0, -1), ids[0]],
  "an unknown id added": (ids: readonly number[]) => [...ids, 2_147_483_647],
  "an id beyond int4": (ids: readonly number[]) => [...ids.slice(1), 2 ** 31],
  negative: (ids: readonly number[]) => ids.map((id) => -id),
  fractions: (ids: readonly number[]) => ids.map((id) => id + 0.5),
  "ids as text": (ids: readonly number[]) => ids.map(String),
  "reversed with a null": (ids: readonly number[]) => [...ids].reverse().concat(null as never),
} as const;

/**
 * How to spoil a valid input, as data (so a failing case prints readably): one field replaced or
 * removed, the whole input replaced, the order's ids broken, or the target rank out of range.
 */
export type Spoil =
  | { kind: "field"; pick: number; value: unknown }
  | { kind: "remove"; pick: number }
  | { kind: "whole"; value: unknown }
  | { kind: "order"; breaker: keyof typeof ORDER_BREAKERS }
  | { kind: "rank"; value: unknown };

export function spoil(options: { jsonOnly?: boolean } = {}): fc.Arbitrary<Spoil> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant("field" as const), pick: fc.nat(), value: hostileValue(options) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("whole" as const), value: hostileValue(options) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("order" as const),
        breaker: fc.constantFrom(...(Object.keys(ORDER_BREAKERS) as (keyof typeof ORDER_BREAKERS)[])),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("rank" as const), value: fc.constantFrom<unknown>(-1, 0, 2 ** 31, 1e308, -1e308, 1.5, "1", null) }) },
  );
}

/** The spoiled input. Order and rank spoils leave inputs without ids or a rank (`to`) as they are. */
export function applySpoil(example: Record<string, unknown>, how: Spoil): unknown {
  const fields = Object.keys(example);
  switch (how.kind) {
    case "field":
      return fields.length ? { ...example, [fields[how.pick % fields.length]!]: how.value } : how.value;
    case "remove": {
      const removed = { ...example };
      delete removed[fields[how.pick % Math.max(1, fields.length)]!];
      return removed;
    }
    case "whole":
      return how.value;
    case "order":
      return Array.isArray(example.ids) ? { ...example, ids: ORDER_BREAKERS[how.breaker](example.ids as number[]) } : example;
    case "rank":
      return "to" in example ? { ...example, to: how.value } : example;
  }
}

/** `example` with one field replaced by a hostile value, or removed, or an unknown field added. */
export function spoiledExample(
  example: Record<string, unknown>,
  options: { jsonOnly?: boolean } = {},
): fc.Arbitrary<{ field: string; input: Record<string, unknown> }> {
  const fields = Object.keys(example);
  return fc.oneof(
    fc
      .record({ field: fc.constantFrom(...fields), value: hostileValue(options) })
      .map(({ field, value }) => ({ field, input: { ...example, [field]: value } })),
    fc.constantFrom(...fields).map((field) => {
      const { [field]: _removed, ...rest } = example;
      return { field, input: rest };
    }),
  );
}

const ZOD_DEFAULT_WORDING = /expected|received|Invalid input|Invalid option|Too (big|small)|Unrecognized key|Invalid (string|number|email)/i;

/**
 * A message for editors: a sentence (capital or quote first, sentence punctuation last), of a
 * sensible length, that is neither zod's developer English nor a stack trace or internal error.
 */
export function isReadableMessage(message: unknown): boolean {
  return (
    typeof message === "string" &&
    message.length >= 8 &&
    message.length <= 400 &&
    // A sentence may open with who did something: "editor@example.com saved this city after you opened it…"
    /^([A-Z“"]|[^\s@]+@[^\s@]+\s)/.test(message) &&
    /[.?)”]$/.test(message) &&
    !ZOD_DEFAULT_WORDING.test(message) &&
    !/\bat \S+ \(|Prisma|TypeError|undefined|\[object/.test(message)
  );
}
