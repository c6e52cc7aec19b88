import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type PageWeight = {
  htmlBytes: number;
  /** Every inline <script>: Next's RSC payload, JSON-LD and the rest. */
  inlineScriptBytes: number;
  rscPayloadBytes: number;
  jsonLdBytes: number;
  /** The JavaScript files the page's <script src> tags load, gzipped one by one, summed. */
  firstLoadJsGzipBytes: number;
  scriptFiles: number;
};

/** Weighs a page from its HTML and the build's static files in `buildDir` (the app's dist dir). */
export function weighPage(html: string, buildDir: string): PageWeight {
  let inlineScriptBytes = 0;
  let rscPayloadBytes = 0;
  let jsonLdBytes = 0;
  const sources = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const source = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (source) {
      sources.add(source);
      continue;
    }
    const bytes = Buffer.byteLength(body);
    inlineScriptBytes += bytes;
    if (/application\/ld\+json/.test(attributes)) jsonLdBytes += bytes;
    else if (body.includes("self.__next_f")) rscPayloadBytes += bytes;
  }
  let firstLoadJsGzipBytes = 0;
  for (const source of sources) {
    const pathname = new URL(source, "http://localhost").pathname;
    if (!pathname.startsWith("/_next/static/")) throw new Error(`a script from outside the build: ${source}`);
    const file = path.join(buildDir, "static", decodeURIComponent(pathname.slice("/_next/static/".length)));
    firstLoadJsGzipBytes += gzipSync(readFileSync(file)).length;
  }
  return { htmlBytes: Buffer.byteLength(html), inlineScriptBytes, rscPayloadBytes, jsonLdBytes, firstLoadJsGzipBytes, scriptFiles: sources.size };
}
