import type { ArchivedEntry } from "@/lib/editions/queries";
import { editionAnchor } from "@/lib/editions/paths";
import { cityPath } from "@/lib/cities/path";
import { html } from "@/lib/html";
import { focusAreasHtml } from "./focus-areas";
import { movementMarkerHtml, type Movements } from "./movement-marker";

/** One city of an archived edition as readers read it then; its name links to its page while it is published. */
function archivedCityHtml(entry: ArchivedEntry, movements: Movements | undefined) {
  const name = entry.currentSlug ? html`<a href="${cityPath(entry.currentSlug)}">${entry.name}</a>` : entry.name;
  return html`<li id="${editionAnchor(entry.slug)}" class="ranked-city"><p class="ranked-city-rank"><span class="visually-hidden">Rank </span>${entry.rank}${movementMarkerHtml(movements, entry.cityId)}</p><div class="ranked-city-body"><h3 class="ranked-city-name">${name}</h3><p class="ranked-city-country">${entry.country}</p><p class="ranked-city-summary">${entry.summary}</p>${focusAreasHtml(entry.focusAreas, `Focus areas of ${entry.name}`)}</div></li>`;
}

/** One page of an archived edition's ranking, as one HTML string like the live list (lib/html.ts). */
export function ArchivedCityList({ entries, movements }: { entries: ArchivedEntry[]; movements?: Movements }) {
  const start = entries[0]?.rank ?? 1;
  return (
    <ol
      className="ranked-cities"
      data-testid="ranking"
      start={start === 1 ? undefined : start}
      dangerouslySetInnerHTML={{ __html: html`${entries.map((entry) => archivedCityHtml(entry, movements))}`.value }}
    />
  );
}
