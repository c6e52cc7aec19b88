import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../lib/audit";
import { createCity } from "../lib/cities/mutations";
import { createCitySchema } from "../lib/cities/schema";
import { db } from "../lib/db";
import { createFaqEntry } from "../lib/faq/mutations";
import { createFaqEntrySchema } from "../lib/faq/schema";
import { seededDatabaseWithEditor } from "./content-fixtures";
import { hostileStrings } from "./hostile-input";

// Whatever text the schemas accept, the database stores exactly as accepted (no NUL byte error, no
// broken character silently replaced): Unicode edge cases, control characters, right-to-left
// overrides, emoji sequences, SQL and HTML-looking text.

let editor: Actor;
beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
});

const anyText = fc.oneof(
  fc.constantFrom(...hostileStrings.filter((text) => text.length < 500)),
  fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 30 }),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 }),
);

let counter = 0;

describe("text the schemas accept is stored exactly", () => {
  it("in every text field of a city", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, anyText, anyText, anyText, fc.array(anyText, { maxLength: 3 }), async (name, country, summary, profile, focusAreas) => {
        const parsed = createCitySchema.safeParse({ name, slug: `stored-text-${++counter}`, country, summary, profile, focusAreas });
        if (!parsed.success) return;
        const result = await createCity(parsed.data, editor);
        expect(result.ok, JSON.stringify(result)).toBe(true);
        const stored = await db.city.findUniqueOrThrow({
          where: { slug: parsed.data.slug },
          select: { name: true, country: true, summary: true, profile: true, focusAreas: true },
        });
        const { name: storedName, country: storedCountry, summary: storedSummary, profile: storedProfile, focusAreas: storedAreas } = parsed.data;
        expect(stored).toEqual({ name: storedName, country: storedCountry, summary: storedSummary, profile: storedProfile, focusAreas: storedAreas });
      }),
      { numRuns: 60 },
    );
  });

  it("in an FAQ entry", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, anyText, async (question, answer) => {
        const parsed = createFaqEntrySchema.safeParse({ question, answer });
        if (!parsed.success) return;
        const result = await createFaqEntry(parsed.data, editor);
        if (!result.ok) throw new Error(JSON.stringify(result));
        expect(await db.faqEntry.findUniqueOrThrow({ where: { id: result.value.id }, select: { question: true, answer: true } })).toEqual({
          question: parsed.data.question,
          answer: parsed.data.answer,
        });
      }),
      { numRuns: 60 },
    );
  });
});
