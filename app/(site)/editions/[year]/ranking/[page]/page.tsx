import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import "@/components/site/ranking.css";
import { ArchiveNotice } from "@/components/site/archive-notice";
import { ArchivedCityList } from "@/components/site/archived-city-list";
import { MiddleDot } from "@/components/site/middle-dot";
import { RankingPager } from "@/components/site/ranking-pager";
import { editionPagePath, editionPath, editionYearFrom } from "@/lib/editions/paths";
import { archivedEditionPage } from "@/lib/editions/queries";
import { pageNumberFrom, ranksOn } from "@/lib/ranking-pages";
import { pageMetadata } from "@/lib/site-metadata";

// Ranks 101–200, 201–300, … of an archived edition at /<year>/ranking/<page> (rewritten here by
// next.config.js). Rendered on its first request, then static until revalidatePublicSite().
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ year: string; page: string }> };

const editionPage = cache(async (yearSegment: string, pageSegment: string) => {
  const year = editionYearFrom(yearSegment);
  const page = pageNumberFrom(pageSegment);
  if (year === null || page === null) return null;
  const content = await archivedEditionPage(year, page);
  if (!content) return null;
  const { first, last } = ranksOn(page, content.edition.count);
  return { ...content, page, heading: `${content.edition.title}: ranks ${first} to ${last}` };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, page } = await params;
  const content = await editionPage(year, page);
  if (!content) return { title: "Page not found", robots: { index: false } };
  return pageMetadata({
    title: `${content.heading} (archived edition)`,
    description: content.edition.pageText.seoDescription,
    path: editionPagePath(content.edition.year, content.page),
    modifiedTime: content.edition.archivedAt,
  });
}

export default async function ArchivedEditionRankingPage({ params }: Props) {
  const { year, page } = await params;
  if (page === "1" && editionYearFrom(year) !== null) permanentRedirect(editionPath(Number(year)));
  const content = await editionPage(year, page);
  if (!content) notFound();
  const { edition, entries, movements, currentYear, pageCount, heading } = content;

  return (
    <article className="listing">
      <header className="listing-header">
        <p className="kicker">
          <Link href={editionPath(edition.year)}>
            Archive
            <MiddleDot />
            {edition.year}
          </Link>
          <MiddleDot />
          Page {content.page} of {pageCount}
        </p>
        <h1>{heading}</h1>
        <ArchiveNotice year={edition.year} archivedAt={edition.archivedAt} currentYear={currentYear} />
      </header>
      <div className="listing-body">
        <section id="ranking" aria-labelledby="ranking-heading" className="listing-section">
          <h2 id="ranking-heading">The {edition.year} ranking</h2>
          <ArchivedCityList entries={entries} movements={movements} />
          <RankingPager page={content.page} pageCount={pageCount} count={edition.count} pagePath={(number) => editionPagePath(edition.year, number)} />
        </section>
      </div>
    </article>
  );
}
