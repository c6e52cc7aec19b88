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

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so a running `npm run dev` keeps its .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The test runner skips Next's type pass: CI runs `npm run typecheck` on every file anyway.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  reactStrictMode: true,
  // Native and WASM packages stay out of the server bundle and load from node_modules.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  // forbidden() in lib/auth/session.ts's requireAdmin(): a real 403 page for editors on admin-only pages.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: PUBLIC_PATHS, headers: publicSecurityHeaders },
      // The dashboard and the login page: their nonce policy comes from proxy.ts, the rest from here.
      { source: "/admin/:path*", headers: everywhereHeaders },
      { source: "/login", headers: everywhereHeaders },
      { source: "/api/auth/:path*", headers: authEndpointHeaders },
      // Production builds only: browsers ignore HSTS over plain http (localhost), and development must not pin https.
      ...(process.env.NODE_ENV === "production" ? [{ source: "/:path*", headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] }] : []),
    ];
  },
};

export default nextConfig;
