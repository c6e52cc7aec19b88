export const DEFAULT_AFTER_SIGN_IN = "/admin";

/** proxy.ts passes the requested path and query in this request header, for the login page's way back. */
export const REQUEST_PATH_HEADER = "x-request-path";

/**
 * Where to go after signing in: a path on this site, or the dashboard. Anything that could leave
 * the site (`https://…`, `//evil.example`, `/\evil.example`, control characters) is refused, so the
 * login page cannot be used to send someone elsewhere with our name on the link.
 */
export function safeCallbackPath(value: unknown, origin?: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2_000) return DEFAULT_AFTER_SIGN_IN;
  let candidate = value;
  // next-auth hands absolute URLs of our own origin to its redirect callback.
  if (origin && (candidate === origin || candidate.startsWith(`${origin}/`))) candidate = candidate.slice(origin.length) || "/";
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return DEFAULT_AFTER_SIGN_IN;
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return DEFAULT_AFTER_SIGN_IN;
  const parsed = new URL(candidate, "http://same.invalid");
  if (parsed.origin !== "http://same.invalid") return DEFAULT_AFTER_SIGN_IN;
  if (parsed.pathname === "/login" || parsed.pathname.startsWith("/api/auth")) return DEFAULT_AFTER_SIGN_IN;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
