/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so a running `npm run dev` keeps its .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and WASM packages stay out of the server bundle and load from node_modules.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  // forbidden() in lib/auth/session.ts's requireAdmin(): a real 403 page for editors on admin-only pages.
  experimental: { authInterrupts: true },
};

export default nextConfig;
