import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "./lib/auth/callback-url";
import { createNonce, dashboardContentSecurityPolicy } from "./lib/auth/dashboard-csp";

// The dashboard and the login page: a fresh nonce-based Content Security Policy on every response
// (so these pages always render per request), and, for convenience only, anonymous visitors of
// /admin go to the login page first. This is not the security boundary: every admin page calls
// requireEditor()/requireAdmin() and every action goes through editorAction (lib/auth/).

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const search = new URLSearchParams(request.nextUrl.search);
  search.delete("_rsc");
  const requestedPath = `${pathname}${search.size > 0 ? `?${search}` : ""}`;

  // Only page views: a server action posted with an ended session must reach the action, which
  // answers "your session has ended" to the form instead of a redirect that would lose the edit.
  const isPageView = request.method === "GET" || request.method === "HEAD";
  const nonce = createNonce();
  const policy = dashboardContentSecurityPolicy(nonce, {
    isDevelopment: process.env.NODE_ENV === "development",
    isHttps: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  });
  if (pathname.startsWith("/admin") && isPageView && !request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", requestedPath);
    return withDashboardHeaders(NextResponse.redirect(login), policy);
  }

  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's policy and puts it on its scripts.
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(REQUEST_PATH_HEADER, requestedPath);
  return withDashboardHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

/** The dashboard's own headers, on every answer from here (next.config.js adds the ones every path gets). */
function withDashboardHeaders(response: NextResponse, policy: string): NextResponse {
  response.headers.set("content-security-policy", policy);
  response.headers.set("referrer-policy", "same-origin");
  response.headers.set("x-content-type-options", "nosniff");
  return response;
}

// Nothing else: the public pages and the JSON API (public and /api/editor) never run this.
export const config = {
  matcher: ["/admin/:path*", "/login"],
};
