// HTML written as strings on the server, for the parts of the public pages that are large and
// repeat per city (the ranked list, the summary table, the FAQ). React sends everything a server
// component renders twice: once as HTML and once in the page's RSC payload, where each element costs
// its tag, props and class names again, doubly escaped. A string handed to dangerouslySetInnerHTML
// travels once in the payload, at about its own size. See docs/benchmarks.md, "Reading `/`".
//
// Two rules make these strings safe and cheap to serve:
// - every interpolated value is escaped (`html` below), unless it is already-safe `SafeHtml`;
// - characters outside ASCII are written as character references (&#x2019;). Next keeps a cached
//   page as a JavaScript string and encodes it to UTF-8 on every response. A pure-ASCII string is
//   copied as it is; one character above U+007F (a "·" is enough) sends the whole page through the
//   slow path, and one above U+00FF (a typographic apostrophe) makes V8 store it as UTF-16 first.
//   Measured: a plain Node server answers our 80 KB page about 1.7–2× as often when it is pure ASCII
//   (docs/benchmarks.md, "Reading `/`").

/** HTML that is safe to insert as is: built by `html`, or sanitised (lib/markdown.ts). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPED: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Characters above U+007F as numeric character references (valid in text and attribute values). */
export function asciiHtml(safeHtml: string): string {
  return safeHtml.replace(/[^\u0000-\u007f]/gu, (character) => `&#x${character.codePointAt(0)!.toString(16)};`);
}

/** Text as HTML: escaped for text and quoted attribute values, and ASCII only. */
export function escapeHtml(text: string): string {
  return asciiHtml(text.replace(/[&<>"']/g, (character) => ESCAPED[character]!));
}

type Interpolation = string | number | SafeHtml | null | undefined | false | ReadonlyArray<Interpolation>;

function interpolated(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return asciiHtml(value.value);
  if (Array.isArray(value)) return value.map(interpolated).join("");
  return escapeHtml(String(value));
}

/** A template of trusted markup whose interpolated values are escaped: html`<p>${text}</p>`. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let result = strings[0]!;
  values.forEach((value, index) => {
    result += interpolated(value) + strings[index + 1]!;
  });
  return new SafeHtml(result);
}
