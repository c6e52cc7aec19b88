// Answers of the public JSON read API (GET /api/cities, /api/cities/[slug], /api/faq).
//
// The handlers are static: Next's server cache holds each answer until revalidatePublicSite()
// marks it stale, so the next request after a publish gets the new data. A CDN or proxy in front
// of the app cannot hear that call, so shared caches may keep an answer for one minute
// (s-maxage=60) and serve it for ten more while they fetch a fresh one in the background
// (stale-while-revalidate=600): readers see a publish within a minute or so, and a traffic spike
// still reaches the app about once a minute. Browsers revalidate every time (max-age=0).
export const PUBLIC_API_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=600";

export function publicJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { "Cache-Control": PUBLIC_API_CACHE_CONTROL, ...init.headers } });
}

export function publicNotFound(message: string): Response {
  return publicJson({ error: { reason: "not-found", message } }, { status: 404 });
}
