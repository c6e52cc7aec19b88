import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Editors' Markdown may hold anything (raw HTML, <script>, javascript: links, pasted SVG), so it is
// rendered by a real Markdown parser and the HTML then goes through an allowlist sanitiser: only the
// tags and attributes below survive, links keep only http(s)/mailto/relative URLs. Images are not
// allowed: the site has no media library, and a picture without dimensions would shift the layout
// (and the public pages' CSP only loads images from this site anyway).

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const parser = new Marked({ gfm: true, breaks: false, async: false });

const allowedTags = [
  ...["h1", "h2", "h3", "h4", "h5", "h6"],
  ...["p", "br", "hr", "blockquote", "pre", "code"],
  ...["strong", "b", "em", "i", "del", "s", "sub", "sup", "abbr", "q", "small", "mark"],
  ...["ul", "ol", "li", "a"],
  ...["table", "caption", "thead", "tbody", "tr", "th", "td"],
];

// Elements whose content is dropped along with them (not kept as text), because their content is
// code or markup, never prose a reader should see.
const discardedWithContent = [
  "script",
  "style",
  "textarea",
  "option",
  "noscript",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "template",
  "noembed",
  "noframes",
  "xmp",
  "title",
  "head",
];

/** Renames h1–h6 so that the content's top heading sits right under the page's own heading. */
function headingTransforms(headingLevel: HeadingLevel): Record<string, string> {
  const transforms: Record<string, string> = {};
  for (let level = 1; level <= 6; level++) {
    transforms[`h${level}`] = `h${Math.min(6, level + headingLevel - 1)}`;
  }
  return transforms;
}

/**
 * Editors' Markdown as safe HTML. `headingLevel` is the level a top-level Markdown heading (`#`)
 * becomes, so content never adds a second h1 or skips a level under the section it is shown in.
 */
export function renderMarkdown(markdown: string, { headingLevel = 2 }: { headingLevel?: HeadingLevel } = {}): string {
  const html = parser.parse(markdown) as string;
  return sanitizeHtml(html, {
    allowedTags,
    allowedAttributes: { a: ["href", "title"], abbr: ["title"], ol: ["start"], th: ["scope", "align"], td: ["align"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    nonTextTags: discardedWithContent,
    transformTags: headingTransforms(headingLevel),
    // A paragraph left empty by the removals goes. (A link whose address was removed stays an <a>
    // without href, which is not a link: excluding the tag here would also lose its text.)
    exclusiveFilter: (frame) => frame.tag === "p" && frame.text.trim() === "" && frame.mediaChildren.length === 0,
  }).trim();
}
