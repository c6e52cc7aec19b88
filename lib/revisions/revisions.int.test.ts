import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import type { Actor } from "../audit";
import { cityBySlug, seededDatabaseWithEditor } from "../../test/content-fixtures";
import { addPublishedCities } from "../../test/large-ranking";
import { createCity, trashCity, updateCity } from "../cities/mutations";
import { createCitySchema } from "../cities/schema";
import { createFaqEntry, updateFaqEntry } from "../faq/mutations";
import { updatePageText } from "../listing/mutations";
import { theListing, LISTING_ID } from "../listing/the-listing";
import { restoreCityRevision, restoreFaqRevision, restorePageTextRevision } from "./restore";

let editor: Actor;
beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
});

const revisionsOf = (entityType: string, entityId: number) =>
  db.revision.findMany({ where: { entityType, entityId }, orderBy: { number: "asc" }, include: { auditEvent: true } });
const cityNow = (id: number) => db.city.findUniqueOrThrow({ where: { id } });
const okValue = <T>(result: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe("revisions of a city", () => {
  it("starts every imported city's history with the article's text", async () => {
    const seoul = await cityBySlug("seoul");
    const [first, ...rest] = await revisionsOf("city", seoul.id);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ number: 1, summary: "Imported from the article", userEmail: "system" });
    expect(first!.fields).toEqual({
      name: seoul.name,
      slug: seoul.slug,
      country: seoul.country,
      summary: seoul.summary,
      profile: seoul.profile,
      focusAreas: seoul.focusAreas,
    });
  });

  it("keeps a revision for each save that changes the text, linked to its audit event, and none for a save that changes nothing", async () => {
    const tokyo = await cityBySlug("tokyo");
    const first = okValue(await updateCity({ id: tokyo.id, version: tokyo.version, summary: "Tokyo, first rewrite." }, editor));
    const second = okValue(await updateCity({ id: tokyo.id, version: first.version, summary: "Tokyo, second rewrite." }, editor));
    okValue(await updateCity({ id: tokyo.id, version: second.version, summary: "Tokyo, second rewrite." }, editor));
    okValue(await updateCity({ id: tokyo.id, version: second.version + 1, status: "DRAFT" }, editor));

    const revisions = await revisionsOf("city", tokyo.id);
    expect(revisions.map((revision) => [revision.number, (revision.fields as { summary: string }).summary])).toEqual([
      [1, tokyo.summary],
      [2, "Tokyo, first rewrite."],
      [3, "Tokyo, second rewrite."],
    ]);
    expect(revisions[2]).toMatchObject({ userEmail: editor.email, summary: "Edited Tokyo (summary)" });
    expect(revisions[2]!.auditEvent).toMatchObject({ action: "city.update", entityId: String(tokyo.id) });
  });

  it("restores an older revision as a new revision, keeping every one before it", async () => {
    const city = okValue(await createCity(createCitySchema.parse(newCity("Jakarta")), editor));
    const edited = okValue(await updateCity({ id: city.id, version: city.version, name: "Jakarta Raya", slug: "jakarta-raya", focusAreas: ["water"] }, editor));

    const restored = await restoreCityRevision({ id: city.id, number: 1, version: edited.version }, editor);
    expect(restored).toMatchObject({ ok: true, value: { slug: "jakarta", previousSlug: "jakarta-raya" } });
    expect(await cityNow(city.id)).toMatchObject({ name: "Jakarta", slug: "jakarta", focusAreas: ["transport", "iot"], version: edited.version + 1 });

    const revisions = await revisionsOf("city", city.id);
    expect(revisions.map((revision) => [revision.number, revision.restoredFrom, (revision.fields as { name: string }).name])).toEqual([
      [1, null, "Jakarta"],
      [2, null, "Jakarta Raya"],
      [3, 1, "Jakarta"],
    ]);
    expect(revisions[2]!.auditEvent).toMatchObject({ action: "city.revert", summary: "Restored Jakarta to revision 1" });
    // The address the restore left still leads to the city.
    expect(await db.slugRedirect.findUnique({ where: { fromSlug: "jakarta-raya" } })).toMatchObject({ cityId: city.id });
  });

  it("refuses a restore based on an old version with a 409 reason, and changes nothing", async () => {
    const city = okValue(await createCity(createCitySchema.parse(newCity("Surabaya")), editor));
    const theirs = okValue(await updateCity({ id: city.id, version: city.version, summary: "Their newer summary." }, editor));
    const before = await cityNow(city.id);

    const stale = await restoreCityRevision({ id: city.id, number: 1, version: city.version }, editor);
    expect(stale).toMatchObject({ ok: false, reason: "stale", currentVersion: theirs.version });
    expect(stale.ok || stale.message).toMatch(/saved this city after you opened its history, so revision 1 was not restored/);
    expect(await cityNow(city.id)).toEqual(before);
    expect(await revisionsOf("city", city.id)).toHaveLength(2);
  });

  it("refuses to restore an address another city took meanwhile, and says which field", async () => {
    const city = okValue(await createCity(createCitySchema.parse(newCity("Medan")), editor));
    const renamed = okValue(await updateCity({ id: city.id, version: city.version, slug: "medan-city" }, editor));
    const other = okValue(await createCity(createCitySchema.parse({ ...newCity("Medan North"), slug: "medan" }), editor));
    expect(other.slug).toBe("medan");
    const result = await restoreCityRevision({ id: city.id, number: 1, version: renamed.version }, editor);
    expect(result).toMatchObject({ ok: false, reason: "conflict", fieldErrors: { slug: [expect.any(String)] } });
    expect((await cityNow(city.id)).slug).toBe("medan-city");
  });

  it("answers not-found for a revision that does not exist", async () => {
    const seoul = await cityBySlug("seoul");
    expect(await restoreCityRevision({ id: seoul.id, number: 99, version: seoul.version }, editor)).toMatchObject({ ok: false, reason: "not-found" });
  });

  it("keeps the text a city had before revisions were kept (cities added in bulk) at its first save", async () => {
    await addPublishedCities(db, 1);
    const bulk = await db.city.findFirstOrThrow({ where: { slug: { startsWith: "scale-city-" } } });
    expect(await revisionsOf("city", bulk.id)).toEqual([]);
    okValue(await updateCity({ id: bulk.id, version: bulk.version, summary: "Rewritten." }, editor));
    const revisions = await revisionsOf("city", bulk.id);
    expect(revisions.map((revision) => [revision.number, revision.summary, (revision.fields as { summary: string }).summary])).toEqual([
      [1, "As it was before this history was kept", bulk.summary],
      [2, `Edited ${bulk.name} (summary)`, "Rewritten."],
    ]);
  });

  it("keeps a trashed city's revisions, and a save that only trashes adds none", async () => {
    const city = okValue(await createCity(createCitySchema.parse(newCity("Bandung")), editor));
    okValue(await trashCity({ id: city.id, version: city.version }, editor));
    expect(await revisionsOf("city", city.id)).toHaveLength(1);
  });
});

describe("revisions of an FAQ entry and of the page text", () => {
  it("keeps and restores FAQ revisions", async () => {
    const entry = okValue(await createFaqEntry({ question: "Which city leads?", answer: "Singapore.", status: "DRAFT" }, editor));
    const edited = okValue(await updateFaqEntry({ id: entry.id, version: entry.version, answer: "Singapore, **again**." }, editor));
    const restored = okValue(await restoreFaqRevision({ id: entry.id, number: 1, version: edited.version }, editor));
    expect(restored.version).toBe(edited.version + 1);
    const revisions = await revisionsOf("faq", entry.id);
    expect(revisions.map((revision) => [revision.number, revision.restoredFrom, (revision.fields as { answer: string }).answer])).toEqual([
      [1, null, "Singapore."],
      [2, null, "Singapore, **again**."],
      [3, 1, "Singapore."],
    ]);
    expect(revisions[2]!.auditEvent?.action).toBe("faq.revert");
    const stale = await restoreFaqRevision({ id: entry.id, number: 2, version: edited.version }, editor);
    expect(stale).toMatchObject({ ok: false, reason: "stale" });
  });

  it("keeps and restores page text revisions, the first being the article's", async () => {
    const listing = await db.listing.findUniqueOrThrow({ where: theListing });
    const { titleTemplate, year, intro, developmentHeading, development, faqHeading, conclusion, seoDescription } = listing;
    const text = { titleTemplate, year, intro, developmentHeading, development, faqHeading, conclusion, seoDescription };
    const saved = okValue(await updatePageText({ ...text, intro: "A new introduction.", version: listing.version }, editor));
    okValue(await restorePageTextRevision({ number: 1, version: saved.version }, editor));
    expect((await db.listing.findUniqueOrThrow({ where: theListing })).intro).toBe(intro);
    const revisions = await revisionsOf("listing", LISTING_ID);
    expect(revisions.map((revision) => [revision.number, revision.summary])).toEqual([
      [1, "Imported from the article"],
      [2, "Edited the page text (intro)"],
      [3, "Restored the page text to revision 1"],
    ]);
    expect(revisions[0]!.fields).toEqual(text);
  });
});

function newCity(name: string) {
  return {
    name,
    slug: name.toLowerCase().replace(/ /g, "-"),
    country: "Indonesia",
    summary: `${name} invests in smart mobility.`,
    profile: `${name} profile.`,
    focusAreas: "transport, iot",
  };
}
