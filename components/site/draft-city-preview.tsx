import Link from "next/link";
import "@/components/site/city.css";
import { FocusAreas } from "@/components/site/focus-areas";
import { MiddleDot } from "@/components/site/middle-dot";
import { Markdown } from "@/components/ui/markdown";
import { escapeHtml } from "@/lib/html";

type DraftCity = { name: string; country: string; summary: string; profile: string; focusAreas: string[]; plannedRank: number | null };

/** A draft city's page as readers will see it once published (only in an editor's preview: no structured data, no neighbours). */
export function DraftCityPreview({ city }: { city: DraftCity }) {
  return (
    <article className="city">
      <header className="city-header">
        <p className="kicker">
          <Link href="/">The ranking</Link>
          <MiddleDot />
          Draft: {city.plannedRank ? `takes rank ${city.plannedRank} when published` : "joins the end of the ranking when published"}
        </p>
        <h1>{city.name}</h1>
        <p className="city-country">{city.country}</p>
        <p className="city-summary" dangerouslySetInnerHTML={{ __html: escapeHtml(city.summary) }} />
        <FocusAreas areas={city.focusAreas} />
      </header>
      <Markdown source={city.profile} headingLevel={2} className="city-profile" />
    </article>
  );
}
