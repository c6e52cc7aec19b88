import type { PublishedFaqEntry } from "@/lib/faq/queries";
import { html, SafeHtml } from "@/lib/html";
import { renderMarkdown } from "@/lib/markdown";

/**
 * The FAQ as disclosure widgets: open and close with no JavaScript, and found by in-page search.
 * Written as one HTML string (lib/html.ts); answers are sanitised Markdown (lib/markdown.ts).
 */
export function FaqList({ entries }: { entries: ReadonlyArray<Pick<PublishedFaqEntry, "question" | "answer">> }) {
  const items = entries.map(
    (entry) =>
      html`<details class="faq-entry"><summary>${entry.question}</summary><div class="prose faq-answer">${new SafeHtml(renderMarkdown(entry.answer, { headingLevel: 3 }))}</div></details>`,
  );
  return <div className="faq-list" dangerouslySetInnerHTML={{ __html: html`${items}`.value }} />;
}
