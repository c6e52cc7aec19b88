import { describe, expect, it } from "vitest";
import { listingTitle } from "./title";

describe("listingTitle", () => {
  const template = "Top {count} Smart Cities in Asia ({year})";

  it("fills in the number of published cities and the year", () => {
    expect(listingTitle(template, { count: 15, year: 2024 })).toBe("Top 15 Smart Cities in Asia (2024)");
  });

  it("follows the count when a city is added or unpublished", () => {
    expect(listingTitle(template, { count: 16, year: 2024 })).toBe("Top 16 Smart Cities in Asia (2024)");
    expect(listingTitle(template, { count: 14, year: 2025 })).toBe("Top 14 Smart Cities in Asia (2025)");
  });

  it("fills in every occurrence of a placeholder", () => {
    expect(listingTitle("{count} cities, {count} stories, {year}/{year}", { count: 3, year: 2024 })).toBe("3 cities, 3 stories, 2024/2024");
  });

  it("leaves a template without placeholders, and unknown placeholders, as written", () => {
    expect(listingTitle("Smart Cities in Asia", { count: 15, year: 2024 })).toBe("Smart Cities in Asia");
    expect(listingTitle("Top {Count} in {region}", { count: 15, year: 2024 })).toBe("Top {Count} in {region}");
  });

  it("does not treat the count or the year as a pattern", () => {
    expect(listingTitle("{count}{year}", { count: 0, year: 2024 })).toBe("02024");
  });
});
