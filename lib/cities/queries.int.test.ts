import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { seedArticle } from "../database/seed";
import { publishedFaq } from "../faq/queries";
import { publishedListing } from "../listing/queries";
import {
  prerenderedCitySlugs,
  publishedCitiesAfter,
  publishedCity,
  publishedCityCount,
  publishedNeighbours,
  publishedRanking,
  publishedSlugRenamedFrom,
} from "./queries";
import { theListing } from "../listing/the-listing";

let draftId: number;
let trashedId: number;

beforeAll(async () => {
  await seedArticle(db);
  const draft = await db.city.create({
    data: {
      slug: "jakarta",
      name: "Jakarta",
      country: "Indonesia",
      summary: "Draft.",
      profile: "Draft profile.",
      focusAreas: [],
      status: "DRAFT",
      plannedRank: 1,
    },
  });
  const trashed = await db.city.create({
    data: {
      slug: "manila",
      name: "Manila",
      country: "Philippines",
      summary: "Trashed.",
      profile: "Trashed.",
      focusAreas: [],
      status: "PUBLISHED",
      deletedAt: new Date(),
    },
  });
  draftId = draft.id;
  trashedId = trashed.id;
  const singapore = await db.city.findUniqueOrThrow({ where: { slug: "singapore" } });
  await db.slugRedirect.createMany({
    data: [
      { fromSlug: "old-singapore", cityId: singapore.id },
      { fromSlug: "old-jakarta", cityId: draftId },
      { fromSlug: "old-manila", cityId: trashedId },
    ],
  });
  await db.faqEntry.create({ data: { question: "A draft question?", answer: "Not yet.", status: "DRAFT" } });
});

describe("public city reads show published cities only", () => {
  it("lists the 15 published cities in rank order, without drafts or trashed cities", async () => {
    const cities = await publishedCitiesAfter(0);
    expect(cities.map((city) => city.rank)).toEqual(Array.from({ length: 15 }, (_, index) => index + 1));
    expect(cities[0]).toMatchObject({ slug: "singapore", name: "Singapore", country: "Singapore", rank: 1 });
    expect(cities.map((city) => city.slug)).not.toContain("jakarta");
    expect(cities.map((city) => city.slug)).not.toContain("manila");
    expect(await publishedCityCount()).toBe(15);
    expect((await prerenderedCitySlugs()).map((city) => city.slug)).toEqual(cities.map((city) => city.slug));
  });

  it("answers the ranking with the version stored with it", async () => {
    const listing = await db.listing.findUniqueOrThrow({ where: theListing });
    const ranking = await publishedRanking();
    expect(ranking.version).toBe(listing.rankingVersion);
    expect(Object.keys(ranking.cities[0]!)).toEqual(["id", "slug", "name", "country", "rank", "summary", "focusAreas", "updatedAt"]);
  });

  it("finds a published city with its profile, never a draft, a trashed city or a malformed slug", async () => {
    expect(await publishedCity("seoul")).toMatchObject({ name: "Seoul", rank: 3, profile: expect.stringContaining("Seoul") });
    expect(await publishedCity("jakarta")).toBeNull();
    expect(await publishedCity("manila")).toBeNull();
    expect(await publishedCity("nowhere")).toBeNull();
    expect(await publishedCity("../etc/passwd")).toBeNull();
  });

  it("gives the previous and next city by rank, and none past either end", async () => {
    expect(await publishedNeighbours(3)).toEqual({
      previous: { slug: "hong-kong", name: "Hong Kong", rank: 2 },
      next: { slug: "shenzhen", name: "Shenzhen", rank: 4 },
    });
    expect((await publishedNeighbours(1)).previous).toBeNull();
    expect((await publishedNeighbours(15)).next).toBeNull();
  });

  it("follows a renamed slug to a published city only", async () => {
    expect(await publishedSlugRenamedFrom("old-singapore")).toBe("singapore");
    expect(await publishedSlugRenamedFrom("old-jakarta")).toBeNull();
    expect(await publishedSlugRenamedFrom("old-manila")).toBeNull();
    expect(await publishedSlugRenamedFrom("never-existed")).toBeNull();
  });
});

describe("public FAQ and page text", () => {
  it("lists the published FAQ entries in order with the FAQ's version", async () => {
    const listing = await db.listing.findUniqueOrThrow({ where: theListing });
    const faq = await publishedFaq();
    expect(faq.version).toBe(listing.faqVersion);
    expect(faq.entries.map((entry) => entry.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(faq.entries.map((entry) => entry.question)).not.toContain("A draft question?");
  });

  it("reads the page text", async () => {
    expect(await publishedListing()).toMatchObject({
      titleTemplate: "Top {count} Smart Cities in Asia ({year})",
      year: 2024,
      faqHeading: "Frequently Asked Questions",
    });
  });
});
