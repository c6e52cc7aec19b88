import NextAuth from "next-auth";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { endSessionsOfUser, isSessionLive } from "@/lib/auth/server-sessions";
import { usesSecureCookies } from "@/lib/auth/site-url";

// next-auth's standard endpoints: GET /api/auth/csrf, POST /api/auth/callback/credentials
// (email, password, csrfToken), POST /api/auth/signout, GET /api/auth/session.
// Plus "sign out everywhere": POST /api/auth/signout?everywhere=1 (same form, same CSRF token)
// ends every session of the user, not only this one.
const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

async function POST(request: NextRequest, context: Context) {
  const isEverywhere = request.nextUrl.pathname.endsWith("/signout") && request.nextUrl.searchParams.get("everywhere") === "1";
  // Read before next-auth ends this session: only a live session may end the others.
  const everywhereUserId = isEverywhere ? await liveSessionUserId(request) : null;
  const response: Response = await handler(request, context);
  // next-auth clears the session cookie only once its CSRF token checked out.
  const didSignOut = response.headers
    .getSetCookie()
    .some((cookie) => /session-token=;/.test(cookie) || /session-token=[^;]*;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i.test(cookie));
  if (everywhereUserId !== null && didSignOut) await endSessionsOfUser(everywhereUserId);
  return response;
}

async function liveSessionUserId(request: NextRequest): Promise<number | null> {
  const token = await getToken({ req: request, secureCookie: usesSecureCookies() });
  const userId = token?.userId;
  if (typeof token?.sessionId !== "string" || !Number.isSafeInteger(userId)) return null;
  return (await isSessionLive(token.sessionId, userId!)) ? userId! : null;
}

export { handler as GET, POST };
