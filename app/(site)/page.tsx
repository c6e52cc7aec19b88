import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import "@/components/site/ranking.css";
import { FaqList } from "@/components/site/faq-list";
import { JsonLd } from "@/components/site/json-ld";
import { PublishedDate } from "@/components/site/published-date";
import { RankedCityList } from "@/components/site/ranked-city-list";
import { RankingPager } from "@/components/site/ranking-pager";
import { RankingTable } from "@/components/site/ranking-table";
import { Markdown } from "@/components/ui/markdown";
import { publishedRankingPageCities } from "@/lib/cities/queries";
import { publishedFaqEntries } from "@/lib/faq/queries";
import { publishedRankingOverview } from "@/lib/listing/queries";
import { listingTitle } from "@/lib/listing/title";
import { rankingPageCount, ranksOn } from "@/lib/ranking-pages";
import { absoluteUrl, pageMetadata } from "@/lib/site-metadata";
import { faqPage, rankingItemList } from "@/lib/structured-data";
import { MiddleDot } from "@/components/site/middle-dot";
import { PreviewDrafts } from "@/components/site/preview-drafts";
import { isPreview } from "@/lib/preview/is-preview";
import { draftsForPreview } from "@/lib/preview/queries";
import { movementsSince, previousEditionYear } from "@/lib/editions/queries";
import { editionPath } from "@/lib/editions/paths";

// Rendered at build time and again only after revalidatePublicSite(): a view reads no database.
// The first page of the ranking (ranks 1–100) with the article around it; the rest of the ranking
// is on /ranking/2, /ranking/3, … (app/(site)/ranking/[page]).
export const dynamic = "force-static";

// One read per render, shared by the page and its metadata.
const homeContent = cache(async () => {
  const [{ listing, count, lastUpdated }, cities, faqEntries, previousYear] = await Promise.all([
    publishedRankingOverview(),
    publishedRankingPageCities(1),
    publishedFaqEntries(),
    previousEditionYear(),
  ]);
  const title = listingTitle(listing.titleTemplate, { count, year: listing.year });
  const movements = previousYear === null ? undefined : { since: previousYear, byCity: await movementsSince(previousYear, cities) };
  return { listing, count, cities, faqEntries, title, lastUpdated, previousYear, movements };
});

export async function generateMetadata(): Promise<Metadata> {
  const { listing, title, lastUpdated } = await homeContent();
  return pageMetadata({ title, description: listing.seoDescription, path: "/", modifiedTime: lastUpdated });
}

export default async function HomePage() {
  const { listing, count, cities, faqEntries, title, lastUpdated, previousYear, movements } = await homeContent();
  // Only in an editor's preview, which Next renders for that request alone.
  const drafts = (await isPreview()) ? await draftsForPreview() : null;
  const pageCount = rankingPageCount(count);
  const shown = ranksOn(1, count);
  const sections = [
    { id: "ranking", title: "The ranking" },
    { id: "development", title: listing.developmentHeading },
    ...(faqEntries.length > 0 ? [{ id: "faq", title: listing.faqHeading }] : []),
    { id: "conclusion", title: "Conclusion" },
    { id: "at-a-glance", title: "At a glance" },
  ];

  return (
    <article className="listing">
      <JsonLd data={rankingItemList(title, cities, absoluteUrl, "/")} />
      {faqEntries.length > 0 ? <JsonLd data={faqPage(faqEntries)} /> : null}

      <header className="listing-header">
        <p className="kicker">
          The ranking
          <MiddleDot />
          {listing.year}
        </p>
        <h1>{title}</h1>
        <p className="listing-meta">
          {count} {count === 1 ? "city" : "cities"}
          {pageCount > 1 ? (
            <>
              <MiddleDot />
              ranks {shown.first} to {shown.last} on this page
            </>
          ) : null}
          <MiddleDot />
          Last updated <PublishedDate date={lastUpdated} />
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
          {drafts ? <PreviewDrafts drafts={drafts} /> : null}

          <section id="ranking" aria-labelledby="ranking-heading" className="listing-section">
            <h2 id="ranking-heading">The ranking</h2>
            {previousYear === null ? null : (
              <p className="listing-editions">
                Markers show each city&rsquo;s move since the <Link href={editionPath(previousYear)}>{previousYear} edition</Link>.
              </p>
            )}
            <RankedCityList cities={cities} movements={movements} />
            <RankingPager page={1} pageCount={pageCount} count={count} />
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
            <RankingTable cities={cities} caption={pageCount > 1 ? `${title}: ranks ${shown.first} to ${shown.last}` : `${title}: every city by rank`} />
          </section>
        </div>
      </div>
    </article>
  );
}
