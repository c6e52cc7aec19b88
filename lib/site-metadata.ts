import type { Metadata } from "next";
import { siteOrigin } from "./auth/site-url";

// What search engines and link previews get for each public page. Public pages are rendered at build
// time (and on revalidation), so the address is the one NEXTAUTH_URL names when they are rendered.

export const SITE_NAME = "Smart Cities in Asia";

/** The site's address, e.g. "https://cities.example.com" (NEXTAUTH_URL). */
export function siteAddress(): URL {
  return new URL(siteOrigin() ?? "http://localhost:3000");
}

/** An absolute URL on this site, for JSON-LD and the sitemap (metadata resolves relative ones itself). */
export function absoluteUrl(path: string): string {
  return new URL(path, siteAddress()).toString();
}

type PageDescription = {
  /** The complete title, used as is (no site-name suffix: the titles already name the ranking). */
  title: string;
  description: string;
  /** This page's canonical path, e.g. "/cities/seoul". */
  path: string;
  /** When the page's content last changed. */
  modifiedTime: Date;
};

// Typographic punctuation outside ASCII and its plain equivalent. React writes metadata as escaped
// attribute text, so a character reference cannot stand in for these as it does in lib/html.ts; one
// of them left in <title> or a meta tag would make Next store the whole cached page as UTF-16 and
// encode it at several times the cost on every response (docs/benchmarks.md, "Reading `/`").
const PLAIN_PUNCTUATION: Record<string, string> = {
  "‘": "'",
  "’": "'",
  "‚": "'",
  "‛": "'",
  "“": '"',
  "”": '"',
  "„": '"',
  "–": "-",
  "—": "-",
  "…": "...",
  "′": "'",
  "″": '"',
};

/** Text for <title> and meta tags with typographic quotes, dashes and ellipses made plain; other characters stay. */
export function plainPunctuation(text: string): string {
  return text.replace(/[‘’‚‛“”„–—…′″]/g, (character) => PLAIN_PUNCTUATION[character]!);
}

/** <title>, description, canonical URL, Open Graph and Twitter cards of one public page. */
export function pageMetadata({ title: typedTitle, description: typedDescription, path, modifiedTime }: PageDescription): Metadata {
  const title = plainPunctuation(typedTitle);
  const description = plainPunctuation(typedDescription);
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: path },
    openGraph: { type: "article", siteName: SITE_NAME, locale: "en", title, description, url: path, modifiedTime: modifiedTime.toISOString() },
    // The picture itself comes from the page's opengraph-image.tsx, which Next adds to both cards.
    twitter: { card: "summary_large_image", title, description },
  };
}
