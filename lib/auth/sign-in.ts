import { isIP } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "../db";
import { isDatabaseUnreachable } from "../database/errors";
import { generatePassword, hashPassword, verifyPassword } from "../users/passwords";
import { emailSchema } from "../users/schema";
import { lockedMessage, SIGN_IN_UNAVAILABLE_MESSAGE, WRONG_CREDENTIALS_MESSAGE } from "./messages";
import {
  ADDRESS_LIMIT,
  EMAIL_LIMIT,
  beginAccountAttempt,
  beginThrottledAttempt,
  forgetOldLoginFailures,
  forgiveThrottledAttempt,
  recordAccountFailure,
  recordAccountSuccess,
  recordThrottledFailure,
  slowdownMs,
  type Attempt,
} from "./throttle";

export type SignedInUser = { id: number; email: string; sessionVersion: number };
export type SignInOutcome = { ok: true; user: SignedInUser } | { ok: false; message: string };

export type SignInAttempt = {
  email: unknown;
  password: unknown;
  /** The client's address (see clientAddress), or null when unknown. */
  address: string | null;
};

// Longer inputs are refused unread: hashing a megabyte-long "password" would be a cheap way to load the server.
const MAX_PASSWORD_LENGTH = 1_024;

/**
 * Checks an email and password, counting failures per account (or per unknown email) and per client
 * address. Every failure reads the same ("The email or password is wrong."), whether the account
 * exists, is disabled or the password is wrong; a lock reads the same for known and unknown emails.
 * Never logs or returns the password.
 */
export async function signInWithPassword(attempt: SignInAttempt, pause: (ms: number) => Promise<unknown> = sleep): Promise<SignInOutcome> {
  try {
    return await checkPassword(attempt, pause);
  } catch (error) {
    if (isDatabaseUnreachable(error)) return { ok: false, message: SIGN_IN_UNAVAILABLE_MESSAGE };
    throw error;
  }
}

async function checkPassword(attempt: SignInAttempt, pause: (ms: number) => Promise<unknown>): Promise<SignInOutcome> {
  const parsedEmail = emailSchema.safeParse(attempt.email);
  const email = parsedEmail.success ? parsedEmail.data : null;
  const password = typeof attempt.password === "string" && attempt.password.length <= MAX_PASSWORD_LENGTH ? attempt.password : null;

  const addressKey = `address:${attempt.address ?? "unknown"}`;
  const address = await beginThrottledAttempt(addressKey, ADDRESS_LIMIT);
  if (!address.isAllowed) return { ok: false, message: lockedMessage(address.minutesLeft) };

  const user = email
    ? await db.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true, isDisabled: true, sessionVersion: true } })
    : null;
  const emailKey = email && !user ? `email:${email}` : null;
  const subject: Attempt = user ? await beginAccountAttempt(user.id) : emailKey ? await beginThrottledAttempt(emailKey, EMAIL_LIMIT) : { isAllowed: true, failures: 1 };
  if (!subject.isAllowed) {
    // Nothing was checked, so this is no guess: it must not count against everyone at the address.
    await forgiveThrottledAttempt(addressKey);
    return { ok: false, message: lockedMessage(subject.minutesLeft) };
  }

  await pause(slowdownMs(subject.failures - 1, address.failures - 1));
  // Unknown emails are checked against a stand-in hash, so they take as long as known ones.
  const isMatch = await verifyPassword(user?.passwordHash ?? (await standInHash()), password ?? "");

  if (user && isMatch && password !== null && !user.isDisabled) {
    await recordAccountSuccess(user.id);
    await forgiveThrottledAttempt(addressKey);
    await forgetOldLoginFailures();
    return { ok: true, user: { id: user.id, email: user.email, sessionVersion: user.sessionVersion } };
  }

  const subjectLock = user
    ? await recordAccountFailure(user.id, subject.failures)
    : emailKey
      ? await recordThrottledFailure(emailKey, EMAIL_LIMIT, subject.failures)
      : null;
  const addressLock = await recordThrottledFailure(addressKey, ADDRESS_LIMIT, address.failures);
  const lock = Math.max(subjectLock ?? 0, addressLock ?? 0);
  return { ok: false, message: lock > 0 ? lockedMessage(lock) : WRONG_CREDENTIALS_MESSAGE };
}

let standIn: Promise<string> | undefined;
function standInHash(): Promise<string> {
  standIn ??= hashPassword(generatePassword());
  return standIn;
}

/**
 * The client's address for the per-address limit: the last X-Forwarded-For entry, which is the one
 * the proxy in front of the app appended (Next sets it from the socket when there is no proxy and
 * the client sent none). Entries before it are whatever the client claimed, so they are ignored.
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string | null {
  const read = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const forwarded = read("x-forwarded-for")?.split(",").map((entry) => entry.trim()).filter(Boolean).at(-1) ?? read("x-real-ip")?.trim();
  if (!forwarded) return null;
  const address = forwarded.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(address) ? address : null;
}
