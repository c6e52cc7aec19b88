import { asciiHtml } from "@/lib/html";
import { renderMarkdown, type HeadingLevel } from "@/lib/markdown";

/**
 * Editors' Markdown, rendered and sanitised on the server (lib/markdown.ts): no client JavaScript,
 * and nothing in the text can run. `headingLevel` is what a `#` heading becomes in this place.
 * Characters above ASCII are written as character references (why: lib/html.ts).
 *
 *   <Markdown source={city.profile} headingLevel={2} />
 */
export function Markdown({ source, headingLevel, className }: { source: string; headingLevel?: HeadingLevel; className?: string }) {
  return (
    <div className={["prose", className].filter(Boolean).join(" ")} dangerouslySetInnerHTML={{ __html: asciiHtml(renderMarkdown(source, { headingLevel })) }} />
  );
}
