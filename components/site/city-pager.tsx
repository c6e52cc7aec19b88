import Link from "next/link";
import { cityPath } from "@/lib/cities/path";

type Neighbour = { slug: string; name: string; rank: number | null } | null;

/** Previous and next city by rank, at the foot of a city page. */
export function CityPager({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next city" className="city-pager">
      {previous ? (
        <Link href={cityPath(previous.slug)} className="city-pager-link" rel="prev">
          <span className="city-pager-label">Previous: No. {previous.rank}</span>
          <span className="city-pager-name">{previous.name}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={cityPath(next.slug)} className="city-pager-link city-pager-next" rel="next">
          <span className="city-pager-label">Next: No. {next.rank}</span>
          <span className="city-pager-name">{next.name}</span>
        </Link>
      ) : null}
    </nav>
  );
}
