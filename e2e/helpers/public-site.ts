import { expect, type Page } from "@playwright/test";
import { queryTestDatabase } from "./database";
import { LISTING_ID } from "../../lib/listing/the-listing";

// What the database holds for the public site, to compare with what a reader sees. Published
// means: status PUBLISHED, not trashed, with a rank (position for FAQ entries).

export type StoredCity = {
  id: number;
  slug: string;
  name: string;
  country: string;
  rank: number;
  summary: string;
  focusAreas: string[];
  updatedAt: Date;
  profile: string;
};

export async function storedPublishedCities(): Promise<StoredCity[]> {
  return queryTestDatabase<StoredCity>(
    `SELECT id, slug, name, country, rank, summary, "focusAreas", "updatedAt", profile FROM "City"
     WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND rank IS NOT NULL ORDER BY rank`,
  );
}

export async function storedPublishedFaq(): Promise<Array<{ id: number; position: number; question: string; answer: string; updatedAt: Date }>> {
  return queryTestDatabase(
    `SELECT id, position, question, answer, "updatedAt" FROM "FaqEntry" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND position IS NOT NULL ORDER BY position`,
  );
}

export async function storedListing(): Promise<{
  titleTemplate: string;
  year: number;
  seoDescription: string;
  faqHeading: string;
  developmentHeading: string;
  rankingVersion: number;
  faqVersion: number;
  updatedAt: Date;
}> {
  const [listing] = await queryTestDatabase<Awaited<ReturnType<typeof storedListing>>>(
    `SELECT "titleTemplate", year, "seoDescription", "faqHeading", "developmentHeading", "rankingVersion", "faqVersion", "updatedAt" FROM "Listing" WHERE id = $1`,
    [LISTING_ID],
  );
  if (!listing) throw new Error("no Listing row");
  return listing;
}

/** The title a reader should see: the template with the live count and the year. */
export async function expectedTitle(): Promise<string> {
  const [listing, cities] = await Promise.all([storedListing(), storedPublishedCities()]);
  return listing.titleTemplate.replaceAll("{count}", String(cities.length)).replaceAll("{year}", String(listing.year));
}

/** The heading levels of the page, top to bottom: one h1, and no level skipped on the way down. */
export async function expectWellOrderedHeadings(page: Page): Promise<void> {
  const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
  expect(
    levels.filter((level) => level === 1),
    "exactly one h1",
  ).toHaveLength(1);
  expect(levels[0], "the h1 comes first").toBe(1);
  levels.forEach((level, index) => {
    if (index > 0) expect(level - levels[index - 1]!, `heading ${index + 1} (h${level}) skips no level`).toBeLessThanOrEqual(1);
  });
}

/** The JSON-LD objects of the current page. */
export async function jsonLdOf(page: Page): Promise<Array<Record<string, unknown>>> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

/** A page's content must not be wider than the window (no sideways scrolling). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, "page width").toBeLessThanOrEqual(clientWidth);
}
