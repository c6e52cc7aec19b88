import type { PublishedCity, PublishedCityProfile } from "./cities/queries";
import type { PublishedFaqEntry } from "./faq/queries";
import { cityPath } from "./cities/path";
import { renderMarkdown } from "./markdown";

// schema.org descriptions of the public pages (JSON-LD), built from the same rows the pages show.
// URLs are absolute: search engines read them outside the page.

type Url = (path: string) => string;

/** The ranking as an ItemList: one ListItem per published city, in rank order. */
export function rankingItemList(title: string, cities: ReadonlyArray<Pick<PublishedCity, "slug" | "name" | "rank">>, url: Url) {
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    name: title,
    url: url("/"),
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

/** JSON for a <script type="application/ld+json">: "<" is escaped so no text can close the element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
