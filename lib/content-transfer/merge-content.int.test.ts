import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import type { Actor } from "../audit";
import { publishedCityNames, seededDatabaseWithEditor } from "../../test/content-fixtures";
import { databaseDigest } from "../../test/database-digest";
import { publishedRankingAnswer } from "../cities/queries";
import { publishedFaq } from "../faq/queries";
import { publishedListing } from "../listing/queries";
import { theListing } from "../listing/the-listing";
import { contentFileText, exportContent } from "./export";
import type { ContentFile } from "./format";
import { mergeContentFile } from "./merge-content";
import { CHANGED_SINCE_PREVIEW } from "./ranking-import";
import type { Result } from "../result";

let admin: Actor;
beforeAll(async () => {
  await seededDatabaseWithEditor();
  const user = await db.user.create({ data: { email: "admin@example.test", name: "Admin", passwordHash: "not-used", role: "ADMIN" } });
  admin = { id: user.id, email: user.email };
});

const digest = () => databaseDigest((sql) => db.$queryRawUnsafe(sql));
const must = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.value;
};
const readersSee = async () => {
  const { cities, total } = (await publishedRankingAnswer(1))!;
  return { cities, total, faq: (await publishedFaq()).entries, pageText: await publishedListing() };
};

/**
 * This site's content as another server would have reworked it: the last city first, a profile
 * rewritten, a city new to this site, one city left out, an answer changed, a new question, a new intro.
 */
async function reworkedFile(): Promise<{ file: ContentFile; names: string[]; left: string }> {
  const file = await exportContent(db);
  const ranked = file.cities.filter((city) => city.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const left = ranked[1]!;
  const order = [ranked.at(-1)!, ...ranked.slice(0, -1).filter((city) => city !== left)];
  left.status = "DRAFT";
  [left.rank, left.plannedRank] = [null, 2];
  order.forEach((city, index) => (city.rank = index + 1));
  order[0]!.profile = "Rewritten elsewhere.";
  const id = Math.max(...file.cities.map((city) => city.id)) + 100;
  file.cities.push({
    ...order[0]!,
    id,
    slug: "da-nang",
    name: "Da Nang",
    country: "Vietnam",
    summary: "A coastal city with a smart-city plan.",
    profile: "Da Nang's profile.",
    rank: order.length + 1,
  });
  const faq = file.faq.filter((entry) => entry.position !== null).sort((a, b) => a.position! - b.position!);
  faq[0]!.answer = "A new answer.";
  file.faq.push({ ...faq[0]!, id: 999, question: "What changed this year?", answer: "The ranking moved.", position: faq.length + 1 });
  file.pageText.intro = "An intro written for the next edition.";
  return { file, names: [...order.map((city) => city.name), "Da Nang"], left: left.name };
}

describe("merging a content file as the draft of the next edition", () => {
  it("previews without writing, then starts the next edition and makes the file's content its draft, readers seeing none of it", async () => {
    const { file, names, left } = await reworkedFile();
    const text = contentFileText(file);
    const readersBefore = await readersSee();
    const before = await digest();
    const preview = must(await mergeContentFile({ file: text }, admin));
    expect(await digest()).toEqual(before);
    expect(preview.target).toEqual({ workingYear: 2025, readersSee: 2024, startsEdition: true });
    expect(preview.cities).toMatchObject({ cities: 15, added: { count: 1 }, dropped: { count: 1 }, edited: { count: 1 } });
    expect(preview.cities.added.items).toEqual([{ name: "Da Nang", slug: "da-nang", rank: 15, isNewCity: true }]);
    expect(preview.cities.dropped.items.map((city) => city.name)).toEqual([left]);
    expect(preview.cities.edited.items).toEqual([{ name: names[0], slug: expect.any(String), fields: ["profile"] }]);
    expect(preview.faq).toMatchObject({ entries: 7, added: { items: [{ question: "What changed this year?", position: 7 }] }, edited: { count: 1 } });
    expect(preview.pageText).toEqual(["intro"]);

    const applied = must(await mergeContentFile({ file: text, confirm: preview.confirm }, admin));
    expect(applied.applied).toBe(true);
    expect(await readersSee()).toEqual(readersBefore);
    expect(await db.edition.findUniqueOrThrow({ where: { year: 2024 } })).toMatchObject({ status: "public", frozenByEmail: admin.email });
    const listing = await db.listing.findUniqueOrThrow({ where: theListing });
    expect(listing).toMatchObject({ year: 2025, intro: "An intro written for the next edition." });
    expect(await publishedCityNames()).toEqual(names);
    const faq = await db.faqEntry.findMany({ where: { position: { not: null } }, orderBy: { position: "asc" } });
    expect(faq.map((entry) => entry.answer)).toContain("A new answer.");
    expect(faq.at(-1)).toMatchObject({ question: "What changed this year?", position: 7 });
    expect(await db.auditEvent.count({ where: { action: "content.merge" } })).toBe(1);
    expect((await db.revision.findFirstOrThrow({ where: { entityType: "listing" }, orderBy: { id: "desc" } })).summary).toBe(
      "Edited the page text (intro) by merging a content file",
    );
  });

  it("merges into the edition being prepared, keeping its year, and finds nothing to change in the same file again", async () => {
    const file = await exportContent(db);
    file.pageText.year = 2031;
    const answer = must(await mergeContentFile({ file: contentFileText(file) }, admin));
    expect(answer.target).toEqual({ workingYear: 2025, readersSee: 2024, startsEdition: false });
    expect(answer.cities).toMatchObject({ moved: { count: 0 }, added: { count: 0 }, dropped: { count: 0 }, edited: { count: 0 } });
    expect(answer.faq).toMatchObject({ moved: 0, added: { count: 0 }, dropped: { count: 0 }, edited: { count: 0 } });
    expect(answer.pageText).toEqual([]);
  });

  it("refuses a stale preview and a bad file, changing nothing", async () => {
    const file = await exportContent(db);
    file.pageText.conclusion = "A conclusion changed elsewhere.";
    const text = contentFileText(file);
    const preview = must(await mergeContentFile({ file: text }, admin));
    await db.listing.update({ where: theListing, data: { faqVersion: { increment: 1 } } });
    const before = await digest();
    expect(await mergeContentFile({ file: text, confirm: preview.confirm }, admin)).toMatchObject({
      ok: false,
      reason: "stale",
      message: CHANGED_SINCE_PREVIEW,
    });

    const twice = await exportContent(db);
    const ranked = twice.cities.filter((city) => city.rank !== null);
    ranked[1]!.slug = ranked[0]!.slug;
    const refused = await mergeContentFile({ file: contentFileText(twice) }, admin);
    expect(refused).toMatchObject({ ok: false, reason: "invalid" });
    expect(!refused.ok && refused.fieldErrors?.file).toEqual([
      expect.stringMatching(/^At cities\[\d+\]\.slug: The address ".+" is already used by cities\[\d+\]\.slug\.$/),
    ]);
    // A question new to this site, asked twice by the file: one would be created twice.
    const asked = await exportContent(db);
    const published = asked.faq.filter((entry) => entry.position !== null);
    published[0]!.question = published[1]!.question = "A question this site has never been asked?";
    const askedTwice = await mergeContentFile({ file: contentFileText(asked) }, admin);
    expect(!askedTwice.ok && askedTwice.fieldErrors?.file).toEqual([
      expect.stringMatching(/^At faq\[\d+\]: The question “A question this site has never been asked\?” is already asked by faq\[\d+\]\.$/),
    ]);
    expect(await mergeContentFile({ file: "{ not json" }, admin)).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringMatching(/^Line 1, column \d+: This is not valid JSON/)] },
    });
    expect(await mergeContentFile({ file: "[]" }, admin)).toMatchObject({
      ok: false,
      fieldErrors: { file: ["In the file: The format needs an object here, not a list."] },
    });
    expect(await digest()).toEqual(before);
  });
});
