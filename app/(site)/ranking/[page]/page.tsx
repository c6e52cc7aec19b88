import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import "@/components/site/ranking.css";
import { JsonLd } from "@/components/site/json-ld";
import { PublishedDate } from "@/components/site/published-date";
import { RankedCityList } from "@/components/site/ranked-city-list";
import { RankingPager } from "@/components/site/ranking-pager";
import { RankingTable } from "@/components/site/ranking-table";
import { publishedCityCount, publishedRankingPageCities } from "@/lib/cities/queries";
import { publishedRankingOverview } from "@/lib/listing/queries";
import { listingTitle } from "@/lib/listing/title";
import { pageNumberFrom, rankingPageCount, rankingPagePath, ranksOn } from "@/lib/ranking-pages";
import { absoluteUrl, pageMetadata } from "@/lib/site-metadata";
import { rankingItemList } from "@/lib/structured-data";
import { MiddleDot } from "@/components/site/middle-dot";
import { movementsSince, previousEditionYear } from "@/lib/editions/queries";

// Ranks 101–200, 201–300, … of the ranking (the first 100 are on the home page). Static like the
// home page: every page is prerendered at build time, a page that appears later is rendered on its
// first request, and all are refreshed by revalidatePublicSite().
export const dynamic = "force-static";

export async function generateStaticParams() {
  const pageCount = rankingPageCount(await publishedCityCount());
  return Array.from({ length: pageCount - 1 }, (_, index) => ({ page: String(index + 2) }));
}

type Props = { params: Promise<{ page: string }> };

// One read per render, shared by the page and its metadata. Null: no such page.
const rankingPage = cache(async (segment: string) => {
  const page = pageNumberFrom(segment);
  if (page === null) return null;
  const [{ listing, count, lastUpdated }, cities, previousYear] = await Promise.all([
    publishedRankingOverview(),
    publishedRankingPageCities(page),
    previousEditionYear(),
  ]);
  if (page > rankingPageCount(count)) return null;
  const movements = previousYear === null ? undefined : { since: previousYear, byCity: await movementsSince(previousYear, cities) };
  const title = listingTitle(listing.titleTemplate, { count, year: listing.year });
  const { first, last } = ranksOn(page, count);
  return { page, listing, count, cities, movements, title, lastUpdated, heading: `${title}: ranks ${first} to ${last}` };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = await rankingPage((await params).page);
  if (!content) return { title: "Page not found", robots: { index: false } };
  return pageMetadata({
    title: content.heading,
    description: content.listing.seoDescription,
    path: rankingPagePath(content.page),
    modifiedTime: content.lastUpdated,
  });
}

export default async function RankingPage({ params }: Props) {
  const segment = (await params).page;
  if (segment === "1") permanentRedirect("/");
  const content = await rankingPage(segment);
  if (!content) notFound();
  const { page, listing, count, cities, movements, title, heading, lastUpdated } = content;
  const pageCount = rankingPageCount(count);

  return (
    <article className="listing">
      <JsonLd data={rankingItemList(heading, cities, absoluteUrl, rankingPagePath(page))} />
      <header className="listing-header">
        <p className="kicker">
          <Link href="/">
            The ranking
            <MiddleDot />
            {listing.year}
          </Link>
          <MiddleDot />
          Page {page} of {pageCount}
        </p>
        <h1>{heading}</h1>
        <p className="listing-meta">
          {count} cities in <Link href="/">{title}</Link>
          <MiddleDot />
          Last updated <PublishedDate date={lastUpdated} />
        </p>
      </header>
      <div className="listing-body">
        <section id="ranking" aria-labelledby="ranking-heading" className="listing-section">
          <h2 id="ranking-heading">The ranking</h2>
          <RankedCityList cities={cities} movements={movements} />
          <RankingPager page={page} pageCount={pageCount} count={count} />
        </section>
        <section id="at-a-glance" aria-labelledby="at-a-glance-heading" className="listing-section">
          <h2 id="at-a-glance-heading">At a glance</h2>
          <RankingTable cities={cities} caption={heading} />
        </section>
      </div>
    </article>
  );
}
