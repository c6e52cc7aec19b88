import { html } from "@/lib/html";

/** A city's focus areas as a list of tags. */
export function FocusAreas({ areas, label = "Focus areas" }: { areas: string[]; label?: string }) {
  if (areas.length === 0) return null;
  return (
    <ul className="focus-areas" aria-label={label}>
      {areas.map((area) => (
        <li key={area}>{area}</li>
      ))}
    </ul>
  );
}

/** The same list as HTML, for the ranked list (components/site/ranked-city-list.tsx). */
export function focusAreasHtml(areas: string[], label: string) {
  if (areas.length === 0) return null;
  return html`<ul class="focus-areas" aria-label="${label}">${areas.map((area) => html`<li>${area}</li>`)}</ul>`;
}
