import Link from "next/link";
import type { PublishedCity } from "@/lib/cities/queries";
import { cityPath } from "@/lib/cities/path";

/** The ranking at a glance, built from the same rows as the list so the two cannot disagree. */
export function RankingTable({ cities, caption }: { cities: PublishedCity[]; caption: string }) {
  return (
    <table className="ranking-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">City</th>
          <th scope="col">Country</th>
        </tr>
      </thead>
      <tbody>
        {cities.map((city) => (
          <tr key={city.id}>
            <td className="ranking-table-rank">{city.rank}</td>
            <th scope="row">
              <Link href={cityPath(city.slug)}>{city.name}</Link>
            </th>
            <td>{city.country}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
