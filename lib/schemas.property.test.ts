import fc from "fast-check";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hostileValue, isReadableMessage, spoiledExample } from "../test/hostile-input";

// Every zod schema of lib/ (found on disk: lib/**/schema.ts and lib/**/*-schema.ts, so a new one
// cannot be forgotten) against random and hostile values. A schema either refuses a value with
// messages an editor can read, or accepts it as something the database can store exactly.

const libRoot = import.meta.dirname;
const schemaFiles = (readdirSync(libRoot, { recursive: true }) as string[])
  .filter((file) => /(^|\/)([a-z-]+-)?schema\.ts$/.test(file) && !file.includes("generated"))
  .sort();

const modules = await Promise.all(schemaFiles.map(async (file) => [file, (await import(path.join(libRoot, file))) as Record<string, unknown>] as const));
const schemas = modules.flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ file, name, schema })),
);

const markdownText = "Some **Markdown** text.";
const city = { name: "Test City", slug: "test-city", country: "Testland", summary: "A summary.", profile: markdownText, focusAreas: ["iot", "transport"] };
const faq = { question: "Why?", answer: markdownText };
const pageText = {
  titleTemplate: "Top {count} Smart Cities in Asia ({year})",
  year: 2025,
  intro: markdownText,
  developmentHeading: "Development",
  development: markdownText,
  faqHeading: "FAQ",
  conclusion: markdownText,
  seoDescription: "The ranking.",
  version: 3,
};

/** A value each schema accepts. A new schema without an example here fails the test below. */
const validExamples: Record<string, unknown> = {
  idSchema: 7,
  routeIdSchema: "7",
  versionSchema: 3,
  statusSchema: "PUBLISHED",
  positionSchema: 2,
  moveSchema: { id: 7, to: 2, listVersion: 3 },
  orderSchema: { ids: [3, 1, 2], version: 3 },
  cityFieldsSchema: city,
  createCitySchema: { ...city, status: "DRAFT", plannedRank: 4 },
  updateCitySchema: { ...city, id: 7, version: 3, plannedRank: null },
  patchCitySchema: { id: 7, version: 3, summary: "Shorter.", status: "DRAFT" },
  cityStatusSchema: { id: 7, version: 3, status: "DRAFT" },
  cityRefSchema: { id: 7, version: 3 },
  trashedCitySchema: { id: 7 },
  moveCitySchema: { id: 7, to: 2, listVersion: 3 },
  reorderCitiesSchema: { ids: [3, 1, 2], version: 3 },
  faqFieldsSchema: faq,
  createFaqEntrySchema: { ...faq, status: "PUBLISHED", plannedPosition: 2 },
  updateFaqEntrySchema: { ...faq, id: 7, version: 3 },
  patchFaqEntrySchema: { id: 7, version: 3, answer: "New answer." },
  faqEntryRefSchema: { id: 7, version: 3 },
  trashedFaqEntrySchema: { id: 7 },
  moveFaqEntrySchema: { id: 7, to: 1, listVersion: 3 },
  reorderFaqSchema: { ids: [2, 1], version: 3 },
  pageTextSchema: pageText,
  pageTextContentSchema: { ...pageText, version: undefined },
  restoreRevisionSchema: { id: 7, number: 2, version: 3 },
  restorePageTextRevisionSchema: { number: 2, version: 3 },
  restoreRevisionRouteSchema: { id: "7", number: "2", version: 3 },
  // A day from now: a schedule lies ahead, within five years.
  publishAtSchema: new Date(Date.now() + 86_400_000).toJSON(),
  scheduleSchema: { id: 7, publishAt: new Date(Date.now() + 86_400_000).toJSON() },
  cancelScheduleSchema: { scheduleId: 7 },
  startNextEditionSchema: { currentYear: 2024, nextYear: 2025 },
  publishEditionSchema: { year: 2025 },
  rankingCsvImportSchema: { file: "rank,name,country,summary,slug\r\n1,Singapore,Singapore,A city-state.,singapore\r\n", confirm: "a".repeat(64) },
  contentMergeSchema: { file: '{"format":"smart-cities-cms/content"}' },
  emailSchema: "editor@example.com",
  passwordSchema: "a long and unusual passphrase",
  roleSchema: "EDITOR",
  userNameSchema: "Eddie Editor",
  newUserSchema: { email: "editor@example.com", name: "Eddie", role: "EDITOR", password: "a long and unusual passphrase" },
  userIdSchema: "7",
  createUserSchema: { email: "editor@example.com", name: "Eddie", role: "EDITOR", passwordChoice: "generate", password: "" },
  resetPasswordSchema: { userId: 7, passwordChoice: "choose", password: "a long and unusual passphrase" },
  endUserSessionsSchema: { userId: 7, sessionId: "AbCdEfGhIjKlMnOpQrStUvWxYz012345" },
  changeOwnPasswordSchema: { currentPassword: "the old passphrase", newPassword: "a long and unusual passphrase" },
  changeRoleSchema: { userId: 7, role: "ADMIN" },
  setUserDisabledSchema: { userId: 7, isDisabled: true },
  signInFormSchema: { email: "editor@example.com", password: "anything" },
};

const INT4 = { min: -2_147_483_648, max: 2_147_483_647 };

/** What PostgreSQL cannot store, or stores differently: NUL characters, broken UTF-16, integers beyond int4. */
function unstorable(value: unknown, at = "value"): string | null {
  if (typeof value === "string") {
    if (value.includes("\u0000")) return `${at} holds a NUL character`;
    if (Buffer.from(value, "utf8").toString("utf8") !== value) return `${at} holds a lone surrogate`;
    return null;
  }
  if (typeof value === "number")
    return Number.isInteger(value) && value >= INT4.min && value <= INT4.max ? null : `${at} = ${value} does not fit an integer column`;
  if (Array.isArray(value)) return value.map((item, index) => unstorable(item, `${at}[${index}]`)).find(Boolean) ?? null;
  if (typeof value === "object" && value !== null)
    return (
      Object.entries(value)
        .map(([key, item]) => unstorable(item, `${at}.${key}`))
        .find(Boolean) ?? null
    );
  return null;
}

// The login form's own check (both fields filled in): its values are never stored; the server checks them with emailSchema.
const neverStored = new Set(["signInFormSchema"]);

// 300 asynchronous runs take a few seconds on a busy machine.
const PROPERTY_TIMEOUT_MS = 30_000;

// safeParseAsync: the password rules look passwords up in a list loaded on first use (lib/users/common-passwords.ts).
async function checkOutcome(name: string, schema: z.ZodType, input: unknown) {
  const result = await schema.safeParseAsync(input);
  if (result.success) {
    if (neverStored.has(name)) return;
    expect(unstorable(result.data), `accepted ${JSON.stringify(input)?.slice(0, 200)}`).toBeNull();
    return;
  }
  for (const issue of result.error.issues)
    expect(isReadableMessage(issue.message), `message for ${JSON.stringify(input)?.slice(0, 200)}: “${issue.message}”`).toBe(true);
}

describe("every schema of lib/", () => {
  it("is found, and has a valid example that it accepts", async () => {
    expect(schemaFiles.length).toBeGreaterThanOrEqual(6);
    for (const { file, name, schema } of schemas) {
      expect(validExamples, `${file}: ${name} needs an example in validExamples`).toHaveProperty(name);
      expect((await schema.safeParseAsync(validExamples[name])).success, `${name} accepts its example`).toBe(true);
    }
  });

  for (const { name, schema } of schemas) {
    describe(name, () => {
      it(
        "answers any value, of any type, with readable messages or with something the database stores exactly",
        async () => {
          await fc.assert(
            fc.asyncProperty(hostileValue(), (value) => checkOutcome(name, schema, value)),
            { numRuns: 300 },
          );
        },
        PROPERTY_TIMEOUT_MS,
      );

      const example = validExamples[name];
      if (typeof example === "object" && example !== null && !Array.isArray(example)) {
        it(
          "answers its valid example with one field spoiled: the error names that field and reads well",
          async () => {
            await fc.assert(
              fc.asyncProperty(spoiledExample(example as Record<string, unknown>), async ({ field, input }) => {
                await checkOutcome(name, schema, input);
                const result = await schema.safeParseAsync(input);
                if (!result.success)
                  expect(
                    result.error.issues.map((issue) => String(issue.path[0] ?? "")),
                    `the issues of ${JSON.stringify(input).slice(0, 200)}`,
                  ).toContain(field);
              }),
              { numRuns: 300 },
            );
          },
          PROPERTY_TIMEOUT_MS,
        );
      }
    });
  }
});
