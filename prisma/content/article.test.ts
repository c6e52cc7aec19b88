import { describe, expect, it } from "vitest";
import { seedCities, seedFaqEntries, seedListing } from "./article";

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("seed article: cities", () => {
  it("holds the 15 cities in the article's order", () => {
    expect(seedCities.map((city) => city.name)).toEqual([
      "Singapore",
      "Hong Kong",
      "Seoul",
      "Shenzhen",
      "Beijing",
      "Shanghai",
      "Taipei",
      "Dubai",
      "Tokyo",
      "Kuala Lumpur",
      "Osaka",
      "Chongqing",
      "Hangzhou",
      "Busan",
      "Bangkok",
    ]);
    expect(seedCities.at(0)?.name).toBe("Singapore");
    expect(seedCities.at(-1)?.name).toBe("Bangkok");
  });

  it("has unique, URL-safe slugs", () => {
    const slugs = seedCities.map((city) => city.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug).toMatch(slugPattern);
      expect(slug.length).toBeLessThanOrEqual(80);
    }
  });

  it.each(seedCities.map((city) => [city.slug, city] as const))("%s is complete", (_slug, city) => {
    expect(city.name.trim()).not.toBe("");
    expect(city.country.trim()).not.toBe("");
    expect(city.summary.trim()).not.toBe("");
    expect(city.profile.trim()).not.toBe("");
    expect(city.summary.length).toBeLessThanOrEqual(600);
    expect(city.focusAreas.length).toBeGreaterThanOrEqual(2);
    expect(city.focusAreas.length).toBeLessThanOrEqual(5);
    expect(new Set(city.focusAreas).size).toBe(city.focusAreas.length);
    for (const area of city.focusAreas) {
      expect(area.trim()).not.toBe("");
      expect(area).toBe(area.toLowerCase());
    }
  });
});

describe("seed article: FAQ", () => {
  it("holds the six entries with question and answer", () => {
    expect(seedFaqEntries).toHaveLength(6);
    for (const entry of seedFaqEntries) {
      expect(entry.question.trim()).not.toBe("");
      expect(entry.answer.trim()).not.toBe("");
    }
  });

  it("has no stray footnote marker", () => {
    for (const entry of seedFaqEntries) expect(entry.answer).not.toMatch(/ \d+\./);
  });
});

describe("seed article: listing", () => {
  it("derives the count in the title from the data", () => {
    expect(seedListing.titleTemplate).toBe("Top {count} Smart Cities in Asia ({year})");
    expect(seedListing.titleTemplate).toContain("{count}");
    expect(seedListing.year).toBe(2024);
  });

  it("states no count of its own in the intro or conclusion", () => {
    for (const text of [seedListing.intro, seedListing.conclusion]) {
      expect(text).not.toMatch(/\b12\b/);
      expect(text).not.toMatch(/\btop \d+/i);
    }
  });

  it("has a short SEO description", () => {
    expect(seedListing.seoDescription.trim()).not.toBe("");
    expect(seedListing.seoDescription.length).toBeLessThan(160);
  });

  it("has the section headings", () => {
    expect(seedListing.developmentHeading).toBe("The development of smart cities in Asia");
    expect(seedListing.faqHeading).toBe("Frequently Asked Questions");
    expect(seedListing.intro.split("\n\n")).toHaveLength(3);
  });
});

describe("seed article: whole seed", () => {
  it('never says "top 12"', () => {
    const everything = JSON.stringify({ seedCities, seedFaqEntries, seedListing });
    expect(everything).not.toMatch(/top 12/i);
  });
});
