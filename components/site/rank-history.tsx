import Link from "next/link";
import { editionEntryPath } from "@/lib/editions/paths";
import { cityInRankingPath } from "@/lib/ranking-pages";

/** `slug`: the city's address in that edition (its anchor on the archive page). */
export type RankInEdition = { year: number; rank: number; slug: string; current: boolean };

const WIDTH = 240;
const HEIGHT = 72;
const PAD = 8;

/** A line of the ranks over the editions, rank 1 at the top: static SVG, no script; the table says the same in words. */
function RankChart({ ranks }: { ranks: RankInEdition[] }) {
  const worst = Math.max(...ranks.map((entry) => entry.rank));
  const x = (index: number) => PAD + (index * (WIDTH - 2 * PAD)) / (ranks.length - 1);
  const y = (rank: number) => (worst === 1 ? HEIGHT / 2 : PAD + ((rank - 1) * (HEIGHT - 2 * PAD)) / (worst - 1));
  const points = ranks.map((entry, index) => `${x(index)},${y(entry.rank)}`).join(" ");
  return (
    <svg className="rank-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} aria-hidden="true" focusable="false">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" />
      {ranks.map((entry, index) => (
        <circle key={entry.year} cx={x(index)} cy={y(entry.rank)} r="3.5" fill="currentColor" />
      ))}
    </svg>
  );
}

/** A city's rank in every edition it was in, oldest first: shown once there is more than the current one. */
export function RankHistory({ name, ranks }: { name: string; ranks: RankInEdition[] }) {
  if (ranks.length < 2) return null;
  return (
    <section className="rank-history" aria-labelledby="rank-history-heading">
      <h2 id="rank-history-heading">{name} in every edition</h2>
      <RankChart ranks={ranks} />
      <table className="ranking-table">
        <caption className="visually-hidden">Rank of {name} in each edition</caption>
        <thead>
          <tr>
            <th scope="col">Edition</th>
            <th scope="col">Rank</th>
          </tr>
        </thead>
        <tbody>
          {ranks.map((entry) => (
            <tr key={entry.year}>
              <th scope="row">
                {entry.current ? (
                  <Link href={cityInRankingPath(entry)}>{entry.year} (current)</Link>
                ) : (
                  <Link href={editionEntryPath(entry.year, entry)}>{entry.year}</Link>
                )}
              </th>
              <td className="ranking-table-rank">{entry.rank}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
