// What every public answer (pages, sitemap, robots, link-preview pictures, the JSON read API) tells
// browsers and shared caches. Plain JavaScript so that next.config.js (which sets it on the pages)
// and lib/public-api.ts (which sets it on the JSON answers) read the same value.
//
// Next's own default for a static page is `s-maxage=31536000`: a CDN may keep it for a year, and
// nothing purges a CDN when an editor publishes (revalidatePublicSite() only reaches Next's cache).
// So shared caches keep an answer 10 s (s-maxage=10), then may serve it 50 s more while they fetch a
// fresh one in the background (stale-while-revalidate=50): every reader sees a publish within a
// minute, a busy page within about 10 s, and a CDN asks the app for each page at most every 10 s.
// Browsers revalidate every time (max-age=0), so a reader who reloads after a publish never keeps
// an old copy of their own. Answers from the app itself stay static cache hits (no database read):
// this header only says how long copies outside the app may live. Why and how: docs/deploy.md.
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=10, stale-while-revalidate=50";
