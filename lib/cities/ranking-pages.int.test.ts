import { beforeAll, describe, expect, it } from "vitest";
import { addPublishedCities } from "../../test/large-ranking";
import { db } from "../db";
import { seedArticle } from "../database/seed";
import { publishedRankingOverview } from "../listing/queries";
import { prerenderedCitySlugs, publishedCitySlugsAfter, publishedRankingAnswer, publishedRankingPageCities } from "./queries";
import { LISTING_ID, theListing } from "../listing/the-listing";

// The ranking paged 100 cities at a time, against PostgreSQL with 250 published cities (the
// article's 15 and 235 generated ones), a draft and a trashed city.

beforeAll(async () => {
  await seedArticle(db);
  await addPublishedCities(db, 235);
  await db.city.create({
    data: {
      slug: "draft-city",
      name: "Draft City",
      country: "Nowhere",
      summary: "Draft.",
      profile: "Draft.",
      focusAreas: [],
      status: "DRAFT",
      plannedRank: 101,
    },
  });
  await db.city.create({
    data: {
      slug: "trashed-city",
      name: "Trashed City",
      country: "Nowhere",
      summary: "Trashed.",
      profile: "Trashed.",
      focusAreas: [],
      status: "PUBLISHED",
      deletedAt: new Date(),
    },
  });
});

describe("pages of the ranking", () => {
  it("split the 250 published cities into ranks 1–100, 101–200 and 201–250, in order, without drafts or trashed cities", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => publishedRankingPageCities(page)));
    expect(pages.map((cities) => cities.length)).toEqual([100, 100, 50, 0]);
    expect(pages.flat().map((city) => city.rank)).toEqual(Array.from({ length: 250 }, (_, index) => index + 1));
    expect(pages[1]![0]).toMatchObject({ rank: 101, slug: "scale-city-101" });
    expect(pages.flat().map((city) => city.slug)).not.toContain("draft-city");
  });

  it("answer GET /api/cities page by page with the version, the total and the next page's address", async () => {
    const { rankingVersion } = await db.listing.findUniqueOrThrow({ where: theListing });
    const first = await publishedRankingAnswer(1);
    expect(Object.keys(first!)).toEqual(["version", "cities", "total", "next"]);
    expect(first).toMatchObject({ version: rankingVersion, total: 250, next: "/api/cities/page/2" });
    const second = await publishedRankingAnswer(2);
    expect(second!.cities.map((city) => city.rank)).toEqual(Array.from({ length: 100 }, (_, index) => 101 + index));
    expect(second!.next).toBe("/api/cities/page/3");
    const last = await publishedRankingAnswer(3);
    expect(last!.cities).toHaveLength(50);
    expect(last!.next).toBeNull();
    expect(await publishedRankingAnswer(4)).toBeNull();
  });

  it("prerender the first page's cities only, and list every city for the sitemap in slices", async () => {
    expect((await prerenderedCitySlugs()).map((city) => city.slug)).toEqual((await publishedRankingPageCities(1)).map((city) => city.slug));
    const slices = [await publishedCitySlugsAfter(0, 120), await publishedCitySlugsAfter(120, 120), await publishedCitySlugsAfter(240, 120)];
    expect(slices.map((slice) => slice.length)).toEqual([120, 120, 10]);
  });

  it("count every published city and date the latest change without reading them all", async () => {
    const overview = await publishedRankingOverview();
    expect(overview.count).toBe(250);
    const latest = await db.$queryRaw<
      Array<{ latest: Date }>
    >`SELECT max("updatedAt") AS latest FROM (SELECT "updatedAt" FROM "City" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND rank IS NOT NULL
       UNION ALL SELECT "updatedAt" FROM "FaqEntry" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND position IS NOT NULL
       UNION ALL SELECT "updatedAt" FROM "Listing" WHERE id = ${LISTING_ID}) AS rows`;
    expect(overview.lastUpdated).toEqual(latest[0]!.latest);
  });
});
