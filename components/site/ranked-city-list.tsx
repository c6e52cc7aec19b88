import Link from "next/link";
import type { PublishedCity } from "@/lib/cities/queries";
import { cityPath } from "@/lib/cities/path";
import { FocusAreas } from "./focus-areas";

/** Where a city sits in the list on the home page: city pages link back to it. */
export const rankingAnchor = (slug: string) => `city-${slug}`;

/** The ranking: an ordered list whose order is the ranks (contiguous 1..N, from the database). */
export function RankedCityList({ cities }: { cities: PublishedCity[] }) {
  return (
    <ol className="ranked-cities" data-testid="ranking">
      {cities.map((city) => (
        <li key={city.id} id={rankingAnchor(city.slug)} className="ranked-city">
          <p className="ranked-city-rank">
            <span className="visually-hidden">Rank </span>
            {city.rank}
          </p>
          <div className="ranked-city-body">
            <h3 className="ranked-city-name">
              <Link href={cityPath(city.slug)}>{city.name}</Link>
            </h3>
            <p className="ranked-city-country">{city.country}</p>
            <p className="ranked-city-summary">{city.summary}</p>
            <FocusAreas areas={city.focusAreas} label={`Focus areas of ${city.name}`} />
          </div>
        </li>
      ))}
    </ol>
  );
}
