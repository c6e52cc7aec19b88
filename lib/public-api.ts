// Answers of the public JSON read API (GET /api/cities, /api/cities/[slug], /api/faq).
//
// The handlers are static: Next's server cache holds each answer until revalidatePublicSite()
// marks it stale, so the next request after a publish gets the new data. A CDN or proxy in front
// of the app cannot hear that call, so the answers carry the same short shared-cache lifetime as
// the public pages (lib/public-cache-control.mjs): a publish reaches every reader within a minute.
import { asciiJson } from "./ascii-json";
import { PUBLIC_CACHE_CONTROL } from "./public-cache-control.mjs";

export const PUBLIC_API_CACHE_CONTROL = PUBLIC_CACHE_CONTROL;

/** A public answer: JSON in pure ASCII ("’" as \u2019, the same to any parser), cacheable like the pages. */
export function publicJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(asciiJson(body), {
    status: init.status ?? 200,
    headers: { "Content-Type": "application/json", "Cache-Control": PUBLIC_API_CACHE_CONTROL, ...init.headers },
  });
}

export function publicNotFound(message: string): Response {
  return publicJson({ error: { reason: "not-found", message } }, { status: 404 });
}
