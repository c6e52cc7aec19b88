import type { PublishedCity } from "@/lib/cities/queries";
import { cityPath } from "@/lib/cities/path";
import { html } from "@/lib/html";

/**
 * The cities of this page at a glance, built from the same rows as the list so the two cannot
 * disagree. The rows are HTML (lib/html.ts), the frame is elements.
 */
export function RankingTable({ cities, caption }: { cities: PublishedCity[]; caption: string }) {
  const rows = cities.map(
    (city) =>
      html`<tr><td class="ranking-table-rank">${city.rank}</td><th scope="row"><a href="${cityPath(city.slug)}">${city.name}</a></th><td>${city.country}</td></tr>`,
  );
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
      <tbody dangerouslySetInnerHTML={{ __html: html`${rows}`.value }} />
    </table>
  );
}
