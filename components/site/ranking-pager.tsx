import Link from "next/link";
import { neighbourPages, rankingPagePath, ranksOn } from "@/lib/ranking-pages";

/** Previous and next page of the ranking; nothing when the ranking fits on one page. */
export function RankingPager({ page, pageCount, count }: { page: number; pageCount: number; count: number }) {
  if (pageCount <= 1) return null;
  const { previous, next } = neighbourPages(page, pageCount);
  const ranks = (number: number) => {
    const { first, last } = ranksOn(number, count);
    return `${first} to ${last}`;
  };
  return (
    <nav aria-label="Pages of the ranking" className="ranking-pager">
      {previous ? (
        <Link href={rankingPagePath(previous)} rel="prev" className="ranking-pager-link">
          Previous: ranks {ranks(previous)}
        </Link>
      ) : (
        <span />
      )}
      <p className="ranking-pager-position">
        Page {page} of {pageCount}
      </p>
      {next ? (
        <Link href={rankingPagePath(next)} rel="next" className="ranking-pager-link ranking-pager-next">
          Next: ranks {ranks(next)}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
