import type { PublishedCity, PublishedCityProfile } from "./cities/queries";
import type { PublishedFaqEntry } from "./faq/queries";
import { cityPath } from "./cities/path";
import { renderMarkdown } from "./markdown";
import { asciiJson } from "./ascii-json";

// schema.org descriptions of the public pages (JSON-LD), built from the same rows the pages show.
// URLs are absolute: search engines read them outside the page.

type Url = (path: string) => string;

/** A page of the ranking as an ItemList: one ListItem per city shown on that page, in rank order. */
export function rankingItemList(title: string, cities: ReadonlyArray<Pick<PublishedCity, "slug" | "name" | "rank">>, url: Url, path: string) {
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    name: title,
    url: url(path),
    itemListOrder: "https://schema.org/ItemListOrderAscending",
    numberOfItems: cities.length,
    itemListElement: cities.map((city) => ({ "@type": "ListItem", position: city.rank, name: city.name, url: url(cityPath(city.slug)) })),
  };
}

/** The FAQ as a FAQPage. Answers are the same sanitised HTML the page shows. */
export function faqPage(entries: ReadonlyArray<Pick<PublishedFaqEntry, "question" | "answer">>) {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: entries.map((entry) => ({
      "@type": "Question",
      name: entry.question,
      acceptedAnswer: { "@type": "Answer", text: renderMarkdown(entry.answer) },
    })),
  };
}

/** A city page's subject: the city, the country it is in, and where it is described. */
export function cityPlace(city: Pick<PublishedCityProfile, "slug" | "name" | "country" | "summary">, url: Url) {
  return {
    "@context": "https://schema.org",
    "@type": "City",
    name: city.name,
    description: city.summary,
    url: url(cityPath(city.slug)),
    containedInPlace: { "@type": "Country", name: city.country },
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so no text can close the element,
 * and characters above ASCII are \\u escapes, so the page stays pure ASCII (lib/html.ts says why).
 */
export function jsonLdText(data: object): string {
  return asciiJson(data);
}
