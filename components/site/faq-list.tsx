import type { PublishedFaqEntry } from "@/lib/faq/queries";
import { Markdown } from "@/components/ui/markdown";

/** The FAQ as disclosure widgets: open and close with no JavaScript, and found by in-page search. */
export function FaqList({ entries }: { entries: PublishedFaqEntry[] }) {
  return (
    <div className="faq-list">
      {entries.map((entry) => (
        <details key={entry.id} className="faq-entry">
          <summary>{entry.question}</summary>
          <Markdown source={entry.answer} headingLevel={3} className="faq-answer" />
        </details>
      ))}
    </div>
  );
}
