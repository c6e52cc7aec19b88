import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import "@/components/site/city.css";
import "@/components/site/ranking.css";
import { CityPager } from "@/components/site/city-pager";
import { FocusAreas } from "@/components/site/focus-areas";
import { JsonLd } from "@/components/site/json-ld";
import { PublishedDate } from "@/components/site/published-date";
import { Markdown } from "@/components/ui/markdown";
import { cityPath } from "@/lib/cities/path";
import { prerenderedCitySlugs, publishedCity, publishedCityCount, publishedNeighbours, publishedSlugRenamedFrom } from "@/lib/cities/queries";
import { escapeHtml } from "@/lib/html";
import { cityInRankingPath } from "@/lib/ranking-pages";
import { absoluteUrl, pageMetadata } from "@/lib/site-metadata";
import { cityPlace } from "@/lib/structured-data";
import { MiddleDot } from "@/components/site/middle-dot";
import { DraftCityPreview } from "@/components/site/draft-city-preview";
import { isPreview } from "@/lib/preview/is-preview";
import { cityForPreview } from "@/lib/preview/queries";
import { RankHistory } from "@/components/site/rank-history";
import { earlierRanksOf } from "@/lib/editions/queries";
import { publishedListing } from "@/lib/listing/queries";

// The first page's cities (ranks 1–100) are prerendered at build time; any other city (and an
// unknown, draft or renamed slug) is rendered on its first request and then cached like the others
// (dynamicParams stays true), until revalidatePublicSite() marks the site stale.
export const dynamic = "force-static";

export async function generateStaticParams() {
  return (await prerenderedCitySlugs()).map(({ slug }) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

// One read per render, shared by the page and its metadata.
const cityOf = cache(publishedCity);

/** In an editor's preview (never in the static page), the draft city at this address. */
const draftOf = cache(async (slug: string) => {
  if (!(await isPreview())) return null;
  const city = await cityForPreview(slug);
  return city?.status === "DRAFT" ? city : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const draft = await draftOf(slug);
  if (draft) return { title: `Preview: ${draft.name}`, robots: { index: false } };
  const city = await cityOf(slug);
  if (!city) return { title: "Page not found", robots: { index: false } };
  return pageMetadata({
    title: `${city.name}: No. ${city.rank} of the top smart cities in Asia`,
    description: city.summary,
    path: cityPath(city.slug),
    modifiedTime: city.updatedAt,
  });
}

export default async function CityPage({ params }: Props) {
  const { slug } = await params;
  const draft = await draftOf(slug);
  if (draft) return <DraftCityPreview city={draft} />;
  const city = await cityOf(slug);
  if (!city) {
    const renamedTo = await publishedSlugRenamedFrom(slug);
    if (renamedTo) permanentRedirect(cityPath(renamedTo));
    notFound();
  }
  const [{ previous, next }, count, listing] = await Promise.all([publishedNeighbours(city.rank), publishedCityCount(), publishedListing()]);
  const earlierRanks = await earlierRanksOf(city.id, listing.year);
  const ranks = [...earlierRanks.map((entry) => ({ ...entry, current: false })), { year: listing.year, rank: city.rank, slug: city.slug, current: true }];

  return (
    <article className="city">
      <JsonLd data={cityPlace(city, absoluteUrl)} />
      <header className="city-header">
        <p className="kicker">
          <Link href="/">The ranking</Link>
          <MiddleDot />
          No. {city.rank} of {count}
        </p>
        <h1>{city.name}</h1>
        <p className="city-country">{city.country}</p>
        {/* As a string, ASCII only (lib/html.ts): the summary is the page's one text with typographic quotes outside Markdown. */}
        <p className="city-summary" dangerouslySetInnerHTML={{ __html: escapeHtml(city.summary) }} />
        <FocusAreas areas={city.focusAreas} />
      </header>

      <Markdown source={city.profile} headingLevel={2} className="city-profile" />

      <RankHistory name={city.name} ranks={ranks} />

      <p className="city-meta">
        Last updated <PublishedDate date={city.updatedAt} />
      </p>
      <p className="city-back">
        <Link href={cityInRankingPath(city)}>See {city.name} in the ranking</Link>
      </p>
      <CityPager previous={previous} next={next} />
    </article>
  );
}
