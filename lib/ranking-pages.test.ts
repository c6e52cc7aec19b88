import { describe, expect, it } from "vitest";
import {
  apiCitiesPagePath,
  cityInRankingPath,
  neighbourPages,
  pageNumberFrom,
  rankingPageCount,
  rankingPageOf,
  rankingPagePath,
  ranksBefore,
  ranksOn,
  sitemapIds,
} from "./ranking-pages";

describe("pages of the ranking", () => {
  it("hold 100 cities each, and an empty or short ranking still has its one page", () => {
    expect([0, 1, 15, 100, 101, 250, 10_000].map(rankingPageCount)).toEqual([1, 1, 1, 1, 2, 3, 100]);
  });

  it("put each rank on its page, and start each page after the previous page's last rank", () => {
    expect([1, 100, 101, 200, 201, 10_000].map(rankingPageOf)).toEqual([1, 1, 2, 2, 3, 100]);
    expect([1, 2, 3].map(ranksBefore)).toEqual([0, 100, 200]);
    expect(ranksOn(1, 15)).toEqual({ first: 1, last: 15 });
    expect(ranksOn(2, 250)).toEqual({ first: 101, last: 200 });
    expect(ranksOn(3, 250)).toEqual({ first: 201, last: 250 });
  });

  it("have addresses without query strings: the first page is the home page", () => {
    expect([1, 2, 37].map(rankingPagePath)).toEqual(["/", "/ranking/2", "/ranking/37"]);
    expect([1, 2].map(apiCitiesPagePath)).toEqual(["/api/cities", "/api/cities/page/2"]);
  });

  it("send a city page's reader to the city's place on the right page", () => {
    expect(cityInRankingPath({ slug: "seoul", rank: 3 })).toBe("/#city-seoul");
    expect(cityInRankingPath({ slug: "scale-city-100", rank: 100 })).toBe("/#city-scale-city-100");
    expect(cityInRankingPath({ slug: "scale-city-101", rank: 101 })).toBe("/ranking/2#city-scale-city-101");
    expect(cityInRankingPath({ slug: "scale-city-9000", rank: 9000 })).toBe("/ranking/90#city-scale-city-9000");
  });

  it("link to the previous and the next page, and to none past either end", () => {
    expect(neighbourPages(1, 1)).toEqual({ previous: null, next: null });
    expect(neighbourPages(1, 3)).toEqual({ previous: null, next: 2 });
    expect(neighbourPages(2, 3)).toEqual({ previous: 1, next: 3 });
    expect(neighbourPages(3, 3)).toEqual({ previous: 2, next: null });
  });

  it("read a page number only when written the canonical way", () => {
    expect(["1", "2", "100"].map(pageNumberFrom)).toEqual([1, 2, 100]);
    for (const segment of ["0", "02", "-1", "2.5", "two", "", " 2", "1e3", "99999999999"]) expect(pageNumberFrom(segment), segment).toBeNull();
  });

  it("need a new sitemap every 50,000 cities, after the one of the ranking's pages", () => {
    expect(sitemapIds(0)).toEqual([0]);
    expect(sitemapIds(15)).toEqual([0, 1]);
    expect(sitemapIds(50_000)).toEqual([0, 1]);
    expect(sitemapIds(50_001)).toEqual([0, 1, 2]);
  });
});
