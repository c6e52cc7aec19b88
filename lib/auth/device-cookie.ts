import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

// OWASP's "device cookies" (Slowing Down Online Guessing Attacks with Device Cookies): after a
// successful sign-in the browser gets a cookie, signed by the server, that names the account and a
// random nonce. A browser presenting a valid one for the account it signs in to is not subject to
// the account's lock (its own failures are limited per nonce), so a guesser elsewhere cannot lock
// the owner out.

/** The cookie of one account; a browser holds one per account it has signed in to. */
export const DEVICE_COOKIE_PREFIX = "device-";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

export const deviceCookieName = (userId: number) => `${DEVICE_COOKIE_PREFIX}${userId}`;

function signingKey(secret: string): Buffer {
  // Derived, so a device cookie's signature says nothing about the key that encrypts sessions.
  return createHash("sha256").update(`device-cookie\0${secret}`).digest();
}

function signature(secret: string, userId: number, nonce: string): Buffer {
  return createHmac("sha256", signingKey(secret)).update(`${userId}.${nonce}`).digest();
}

/** A new device cookie value for this account: "<userId>.<nonce>.<signature>". */
export function issueDeviceToken(userId: number, secret: string | undefined = authSecret()): string {
  if (!secret) throw new Error("Device cookies need NEXTAUTH_SECRET.");
  const nonce = randomBytes(16).toString("base64url");
  return `${userId}.${nonce}.${signature(secret, userId, nonce).toString("base64url")}`;
}

/** The nonce of the first presented token that is valid for this account, or null. */
export function trustedDeviceNonce(tokens: readonly string[], userId: number, secret: string | undefined = authSecret()): string | null {
  if (!secret) return null;
  for (const token of tokens) {
    const [id, nonce, signed, ...rest] = token.split(".");
    if (rest.length > 0 || id !== String(userId) || !nonce || !signed || !/^[\w-]{22}$/.test(nonce)) continue;
    const expected = signature(secret, userId, nonce);
    const given = Buffer.from(signed, "base64url");
    if (given.length === expected.length && timingSafeEqual(given, expected)) return nonce;
  }
  return null;
}
