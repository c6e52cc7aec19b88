import { fileURLToPath } from "node:url";
import { PUBLIC_CACHE_CONTROL } from "./lib/public-cache-control.mjs";

const isDevelopment = process.env.NODE_ENV === "development";

// The public pages are static (one HTML for every reader, cacheable by a CDN), so their policy is
// static too and cannot use a per-request nonce: scripts need 'unsafe-inline' for the page payload
// Next inlines. Everything else is locked down, and stored content is made safe where it is
// rendered (lib/markdown.ts). Why, and what this costs: docs/security.md, "Public pages: static CSP".
const publicContentSecurityPolicy = [
  "default-src 'self'",
  // React's development build rebuilds server errors with eval(); production never needs it.
  `script-src 'self' 'unsafe-inline'${isDevelopment ? " 'unsafe-eval'" : ""}`,
  // Development's hot reloading injects <style> tags; production loads stylesheets from /_next/static.
  `style-src 'self'${isDevelopment ? " 'unsafe-inline'" : ""}`,
  "img-src 'self'",
  "font-src 'self'",
  `connect-src 'self'${isDevelopment ? " ws: wss:" : ""}`,
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

// Every path except the dashboard, the sign-in page and next-auth's endpoints, whose per-request
// nonce policy is set by proxy.ts: a browser enforces every policy it receives, so the two must not overlap.
const PUBLIC_PATHS = "/:path((?!admin(?:/|$)|login(?:/|$)|api/auth(?:/|$)).*)";

// What every response carries whatever its policy (proxy.ts adds the dashboard's own Referrer-Policy and nosniff).
const everywhereHeaders = [
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

const publicSecurityHeaders = [
  { key: "Content-Security-Policy", value: publicContentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  ...everywhereHeaders,
];

// next-auth's endpoints answer JSON and redirects (its own pages are replaced by /login): nothing
// in them may load or run anything.
const authEndpointHeaders = [
  { key: "Content-Security-Policy", value: "default-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  ...everywhereHeaders,
];

// The public pages, sitemap.xml, robots.txt and link-preview pictures: how long shared caches may
// keep them (lib/public-cache-control.mjs). Next lets next.config.js set a page's Cache-Control
// and then leaves it alone; without this, static pages say `s-maxage=31536000`. The JSON API sets
// the same value itself (lib/public-api.ts); /api/health, the editors' API, the dashboard, /login
// and /_next/ (build files, cached for a year by Next) keep their own.
const PUBLIC_PAGE_PATHS = "/:path((?!admin(?:/|$)|login(?:/|$)|api(?:/|$)|_next/).*)";

// Several instances: Next's cache lives in Redis when REDIS_URL is set (cache-handler.mjs).
// `next start` reads this file when it starts, so REDIS_URL at start decides. A standalone build
// (Dockerfile) freezes this configuration at build time, so it always names the handler, which
// falls back to a cache of the instance's own when REDIS_URL is unset at run time.
const isStandalone = process.env.NEXT_OUTPUT === "standalone";
const sharedCache =
  process.env.REDIS_URL || isStandalone ? { cacheHandler: fileURLToPath(new URL("./cache-handler.mjs", import.meta.url)), cacheMaxMemorySize: 0 } : {};

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so a running `npm run dev` keeps its .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `next dev` prints every server action's arguments, and the sign-in, account and users forms send
  // passwords through actions: the first admin's generated one would land in the terminal.
  logging: { serverFunctions: false },
  // `next dev` would write its own AGENTS.md/CLAUDE.md into the checkout; the docs here are ours.
  agentRules: false,
  // The container image (Dockerfile) ships .next/standalone: the server and only the files it needs.
  ...(isStandalone ? { output: "standalone" } : {}),
  ...sharedCache,
  // The test runner skips Next's type pass: CI runs `npm run typecheck` on every file anyway.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  reactStrictMode: true,
  // Native and WASM packages stay out of the server bundle and load from node_modules.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  experimental: {
    // forbidden() in lib/auth/session.ts's requireAdmin(): a real 403 page for editors on admin-only pages.
    authInterrupts: true,
    // Next 16.5's `next dev` writes AGENTS.md with upgrade reminders into the checkout (agentRules only
    // covers its rules file): the tree stays ours, and upgrades are decided in package.json.
    agentUpgrade: false,
  },
  // The sitemap index (app/sitemap-index.xml/route.ts) at the address crawlers expect, and the
  // archived editions at /2024 and /2024/ranking/2 (lib/editions/paths.ts). Only a four-digit first
  // segment is rewritten, so other unknown addresses stay plain 404s rather than cached renders.
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/sitemap.xml", destination: "/sitemap-index.xml" },
        { source: "/:year(\\d{4})", destination: "/editions/:year" },
        { source: "/:year(\\d{4})/ranking/:page", destination: "/editions/:year/ranking/:page" },
      ],
    };
  },
  async headers() {
    return [
      { source: PUBLIC_PATHS, headers: publicSecurityHeaders },
      { source: PUBLIC_PAGE_PATHS, headers: [{ key: "Cache-Control", value: PUBLIC_CACHE_CONTROL }] },
      // The dashboard and the login page: their nonce policy comes from proxy.ts, the rest from here.
      { source: "/admin/:path*", headers: everywhereHeaders },
      { source: "/login", headers: everywhereHeaders },
      { source: "/api/auth/:path*", headers: authEndpointHeaders },
      // Production builds only: browsers ignore HSTS over plain http (localhost), and development must not pin https.
      ...(process.env.NODE_ENV === "production"
        ? [{ source: "/:path*", headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] }]
        : []),
    ];
  },
};

export default nextConfig;
