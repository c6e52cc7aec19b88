import Link from "next/link";
import { Markdown } from "@/components/ui/markdown";
import { cityPath } from "@/lib/cities/path";

type Drafts = {
  cities: Array<{ id: number; slug: string; name: string; country: string; summary: string; plannedRank: number | null }>;
  faqEntries: Array<{ id: number; question: string; answer: string; plannedPosition: number | null }>;
};

/** In a preview, the drafts waiting on this page: where each will go, and a link to each city's page. */
export function PreviewDrafts({ drafts }: { drafts: Drafts }) {
  if (drafts.cities.length === 0 && drafts.faqEntries.length === 0) return null;
  return (
    <section className="preview-drafts" aria-labelledby="preview-drafts-title">
      <h2 id="preview-drafts-title">Drafts, not yet published</h2>
      {drafts.cities.length > 0 ? (
        <ul>
          {drafts.cities.map((city) => (
            <li key={city.id}>
              <Link href={cityPath(city.slug)}>{city.name}</Link>, {city.country}:{" "}
              {city.plannedRank ? `takes rank ${city.plannedRank} when published` : "joins the end of the ranking when published"}. {city.summary}
            </li>
          ))}
        </ul>
      ) : null}
      {drafts.faqEntries.map((entry) => (
        <details key={entry.id}>
          <summary>
            {entry.question} ({entry.plannedPosition ? `FAQ position ${entry.plannedPosition}` : "end of the FAQ"} when published)
          </summary>
          <Markdown source={entry.answer} headingLevel={3} />
        </details>
      ))}
    </section>
  );
}
