import type { PublishedCity } from "@/lib/cities/queries";
import { cityPath } from "@/lib/cities/path";
import { html } from "@/lib/html";
import { rankingAnchor } from "@/lib/ranking-pages";
import { focusAreasHtml } from "./focus-areas";
import { movementMarkerHtml, type Movements } from "./movement-marker";

/** One city in the ranking, as HTML (lib/html.ts: why the list is a string, not elements). */
function rankedCityHtml(city: PublishedCity, movements: Movements | undefined) {
  return html`<li id="${rankingAnchor(city.slug)}" class="ranked-city"><p class="ranked-city-rank"><span class="visually-hidden">Rank </span>${city.rank}${movementMarkerHtml(movements, city.id)}</p><div class="ranked-city-body"><h3 class="ranked-city-name"><a href="${cityPath(city.slug)}">${city.name}</a></h3><p class="ranked-city-country">${city.country}</p><p class="ranked-city-summary">${city.summary}</p>${focusAreasHtml(city.focusAreas, `Focus areas of ${city.name}`)}</div></li>`;
}

/**
 * One page of the ranking: an ordered list whose order is the ranks (contiguous 1..N, from the
 * database), numbered from the page's first rank. City links are plain links: a static page each,
 * not worth a prefetch per city in view. `movements`: each city's marker since the previous edition,
 * once there is one.
 */
export function RankedCityList({ cities, movements }: { cities: PublishedCity[]; movements?: Movements }) {
  const start = cities[0]?.rank ?? 1;
  return (
    <ol
      className="ranked-cities"
      data-testid="ranking"
      start={start === 1 ? undefined : start}
      dangerouslySetInnerHTML={{ __html: html`${cities.map((city) => rankedCityHtml(city, movements))}`.value }}
    />
  );
}
