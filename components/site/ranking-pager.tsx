import Link from "next/link";
import { neighbourPages, rankingPagePath, ranksOn } from "@/lib/ranking-pages";

/** Previous and next page of the ranking (or of an archived edition's: `pagePath`); nothing when it fits on one page. */
export function RankingPager({
  page,
  pageCount,
  count,
  pagePath = rankingPagePath,
}: {
  page: number;
  pageCount: number;
  count: number;
  pagePath?: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const { previous, next } = neighbourPages(page, pageCount);
  const ranks = (number: number) => {
    const { first, last } = ranksOn(number, count);
    return `${first} to ${last}`;
  };
  return (
    <nav aria-label="Pages of the ranking" className="ranking-pager">
      {previous ? (
        <Link href={pagePath(previous)} rel="prev" className="ranking-pager-link">
          Previous: ranks {ranks(previous)}
        </Link>
      ) : (
        <span />
      )}
      <p className="ranking-pager-position">
        Page {page} of {pageCount}
      </p>
      {next ? (
        <Link href={pagePath(next)} rel="next" className="ranking-pager-link ranking-pager-next">
          Next: ranks {ranks(next)}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
