import { randomBytes } from "node:crypto";
import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { signInThroughApi, signedInAs } from "./auth";
import { createThrowawayUser, type ThrowawayUser } from "./throwaway-users";

/**
 * Everyone who might call an endpoint, as a Playwright request context: the saved editor and admin
 * sessions, throwaway users whose session is then ended (disabled, stale sessionVersion), and
 * hand-made session cookies (forged with another secret, expired, garbage).
 */

type Playwright = PlaywrightWorkerArgs["playwright"];

export const SESSION_COOKIE = "next-auth.session-token";

/** A session cookie as next-auth makes it, for any claims, secret and lifetime (negative: already expired). */
export function craftSessionToken(claims: { userId: number; sessionVersion: number }, options: { secret: string; maxAgeSeconds: number }): Promise<string> {
  return encode({ token: { sub: String(claims.userId), ...claims }, secret: options.secret, maxAge: options.maxAgeSeconds });
}

export function theServersSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: run the end-to-end tests through `npm test -- e2e`.");
  return secret;
}

/** A request context that sends `token` as the session cookie (and nothing else). */
export function withSessionCookie(playwright: Playwright, baseURL: string, token: string): Promise<APIRequestContext> {
  const { hostname } = new URL(baseURL);
  return playwright.request.newContext({
    baseURL,
    storageState: {
      cookies: [{ name: SESSION_COOKIE, value: token, domain: hostname, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" }],
      origins: [],
    },
  });
}

export function savedSession(playwright: Playwright, baseURL: string, role: "editor" | "admin"): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL, storageState: signedInAs[role].storageState });
}

/** A throwaway user, signed in through next-auth's endpoints; the context holds their session cookie. */
export async function signedInThrowaway(
  playwright: Playwright,
  baseURL: string,
  role: "ADMIN" | "EDITOR",
): Promise<{ user: ThrowawayUser; request: APIRequestContext }> {
  const user = await createThrowawayUser({ role });
  // Its own client address, so these sign-ins never count toward another test's address limit.
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${randomBytes(1)[0]! % 250}` } });
  await signInThroughApi(request, user);
  return { user, request };
}

/** A session cookie that is not one: random base64url of a plausible length. */
export function garbageToken(): string {
  return randomBytes(180).toString("base64url");
}
