import { movementLabel, type Movement } from "@/lib/editions/movement";
import { html } from "@/lib/html";

/** How the cities of a list moved since the edition `since` (lib/editions/queries.ts, movementsSince). */
export type Movements = { since: number; byCity: ReadonlyMap<number, Movement> };

/** The marker beside a rank (▲2, ▼1, =, new, back) as HTML: the symbol for the eye, a sentence for screen readers. */
export function movementMarkerHtml(movements: Movements | undefined, cityId: number | null) {
  const movement = movements && cityId !== null ? movements.byCity.get(cityId) : undefined;
  if (!movements || !movement) return null;
  const { shown, spoken } = movementLabel(movement, movements.since);
  return html`<span class="movement movement-${movement.kind}" data-movement="${movement.kind}"><span aria-hidden="true">${shown}</span><span class="visually-hidden">, ${spoken}</span></span>`;
}
