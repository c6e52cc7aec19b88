import type { Metadata } from "next";
import { cache } from "react";
import "@/components/site/ranking.css";
import { FaqList } from "@/components/site/faq-list";
import { JsonLd } from "@/components/site/json-ld";
import { PublishedDate } from "@/components/site/published-date";
import { RankedCityList } from "@/components/site/ranked-city-list";
import { RankingTable } from "@/components/site/ranking-table";
import { Markdown } from "@/components/ui/markdown";
import { publishedCities } from "@/lib/cities/queries";
import { publishedFaqEntries } from "@/lib/faq/queries";
import { publishedListing } from "@/lib/listing/queries";
import { lastUpdated } from "@/lib/listing/last-updated";
import { listingTitle } from "@/lib/listing/title";
import { absoluteUrl, pageMetadata } from "@/lib/site-metadata";
import { faqPage, rankingItemList } from "@/lib/structured-data";

// Rendered at build time and again only after revalidatePublicSite(): a view reads no database.
export const dynamic = "force-static";

// One read per render, shared by the page and its metadata.
const homeContent = cache(async () => {
  const [listing, cities, faqEntries] = await Promise.all([publishedListing(), publishedCities(), publishedFaqEntries()]);
  const title = listingTitle(listing.titleTemplate, { count: cities.length, year: listing.year });
  return { listing, cities, faqEntries, title, lastUpdated: lastUpdated([listing, ...cities, ...faqEntries]) };
});

export async function generateMetadata(): Promise<Metadata> {
  const { listing, title, lastUpdated } = await homeContent();
  return pageMetadata({ title, description: listing.seoDescription, path: "/", modifiedTime: lastUpdated });
}

export default async function HomePage() {
  const { listing, cities, faqEntries, title, lastUpdated } = await homeContent();
  const sections = [
    { id: "ranking", title: "The ranking" },
    { id: "development", title: listing.developmentHeading },
    ...(faqEntries.length > 0 ? [{ id: "faq", title: listing.faqHeading }] : []),
    { id: "conclusion", title: "Conclusion" },
    { id: "at-a-glance", title: "At a glance" },
  ];

  return (
    <article className="listing">
      <JsonLd data={rankingItemList(title, cities, absoluteUrl)} />
      {faqEntries.length > 0 ? <JsonLd data={faqPage(faqEntries)} /> : null}

      <header className="listing-header">
        <p className="kicker">The ranking · {listing.year}</p>
        <h1>{title}</h1>
        <p className="listing-meta">
          {cities.length} {cities.length === 1 ? "city" : "cities"} · Last updated <PublishedDate date={lastUpdated} />
        </p>
      </header>

      <div className="listing-layout">
        <nav aria-labelledby="on-this-page-title" className="on-this-page">
          <p id="on-this-page-title" className="on-this-page-title">
            On this page
          </p>
          <ol>
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.title}</a>
              </li>
            ))}
          </ol>
        </nav>

        <div className="listing-body">
          <Markdown source={listing.intro} headingLevel={2} className="listing-intro" />

          <section id="ranking" aria-labelledby="ranking-heading" className="listing-section">
            <h2 id="ranking-heading">The ranking</h2>
            <RankedCityList cities={cities} />
          </section>

          <section id="development" aria-labelledby="development-heading" className="listing-section">
            <h2 id="development-heading">{listing.developmentHeading}</h2>
            <Markdown source={listing.development} headingLevel={3} />
          </section>

          {faqEntries.length > 0 ? (
            <section id="faq" aria-labelledby="faq-heading" className="listing-section">
              <h2 id="faq-heading">{listing.faqHeading}</h2>
              <FaqList entries={faqEntries} />
            </section>
          ) : null}

          <section id="conclusion" aria-labelledby="conclusion-heading" className="listing-section">
            <h2 id="conclusion-heading">Conclusion</h2>
            <Markdown source={listing.conclusion} headingLevel={3} />
          </section>

          <section id="at-a-glance" aria-labelledby="at-a-glance-heading" className="listing-section">
            <h2 id="at-a-glance-heading">At a glance</h2>
            <RankingTable cities={cities} caption={`${title}: every city by rank`} />
          </section>
        </div>
      </div>
    </article>
  );
}
