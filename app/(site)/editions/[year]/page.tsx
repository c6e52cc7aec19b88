import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import "@/components/site/ranking.css";
import { ArchiveNotice } from "@/components/site/archive-notice";
import { ArchivedCityList } from "@/components/site/archived-city-list";
import { FaqList } from "@/components/site/faq-list";
import { MiddleDot } from "@/components/site/middle-dot";
import { RankingPager } from "@/components/site/ranking-pager";
import { Markdown } from "@/components/ui/markdown";
import { editionPagePath, editionPath, editionYearFrom } from "@/lib/editions/paths";
import { archivedEditionPage, archivedEditions } from "@/lib/editions/queries";
import { ranksOn } from "@/lib/ranking-pages";
import { pageMetadata } from "@/lib/site-metadata";

// An archived edition at /<year> (next.config.js rewrites it here): its first 100 cities with the
// text around them, as readers saw them when the next edition began. Static like the live pages:
// built once, refreshed by revalidatePublicSite(); an edition archived after the build renders on
// its first request.
export const dynamic = "force-static";

export async function generateStaticParams() {
  return (await archivedEditions()).map((edition) => ({ year: String(edition.year) }));
}

type Props = { params: Promise<{ year: string }> };

const editionContent = cache(async (segment: string) => {
  const year = editionYearFrom(segment);
  return year === null ? null : archivedEditionPage(year, 1);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = await editionContent((await params).year);
  if (!content) return { title: "Page not found", robots: { index: false } };
  const { edition } = content;
  return pageMetadata({
    title: `${edition.title} (archived edition)`,
    description: edition.pageText.seoDescription,
    path: editionPath(edition.year),
    modifiedTime: edition.archivedAt,
  });
}

export default async function ArchivedEditionPage({ params }: Props) {
  const content = await editionContent((await params).year);
  if (!content) notFound();
  const { edition, entries, movements, currentYear, pageCount } = content;
  const { pageText } = edition;
  const shown = ranksOn(1, edition.count);

  return (
    <article className="listing">
      <header className="listing-header">
        <p className="kicker">
          Archive
          <MiddleDot />
          {edition.year}
        </p>
        <h1>{edition.title}</h1>
        <ArchiveNotice year={edition.year} archivedAt={edition.archivedAt} currentYear={currentYear} />
        <p className="listing-meta">
          {edition.count} {edition.count === 1 ? "city" : "cities"}
          {pageCount > 1 ? (
            <>
              <MiddleDot />
              ranks {shown.first} to {shown.last} on this page
            </>
          ) : null}
        </p>
      </header>
      <div className="listing-body">
        <Markdown source={pageText.intro} headingLevel={2} className="listing-intro" />
        <section id="ranking" aria-labelledby="ranking-heading" className="listing-section">
          <h2 id="ranking-heading">The {edition.year} ranking</h2>
          {movements ? (
            <p className="listing-editions">
              Markers show each city&rsquo;s move since the <Link href={editionPath(movements.since)}>{movements.since} edition</Link>.
            </p>
          ) : null}
          <ArchivedCityList entries={entries} movements={movements} />
          <RankingPager page={1} pageCount={pageCount} count={edition.count} pagePath={(page) => editionPagePath(edition.year, page)} />
        </section>
        <section id="development" aria-labelledby="development-heading" className="listing-section">
          <h2 id="development-heading">{pageText.developmentHeading}</h2>
          <Markdown source={pageText.development} headingLevel={3} />
        </section>
        {edition.faq.length > 0 ? (
          <section id="faq" aria-labelledby="faq-heading" className="listing-section">
            <h2 id="faq-heading">{pageText.faqHeading}</h2>
            <FaqList entries={edition.faq} />
          </section>
        ) : null}
        <section id="conclusion" aria-labelledby="conclusion-heading" className="listing-section">
          <h2 id="conclusion-heading">Conclusion</h2>
          <Markdown source={pageText.conclusion} headingLevel={3} />
        </section>
      </div>
    </article>
  );
}
