/**
 * JSON text in pure ASCII: every character above U+007F, and "<" (so the text can sit in a
 * <script> element), as a \u escape. Any JSON parser reads back the same value, and a pure-ASCII
 * string is sent without re-encoding on every response (lib/html.ts says why that matters).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
