import { setTimeout as sleep } from "node:timers/promises";
import { db } from "../db";
import { isDatabaseUnreachable } from "../database/errors";
import { isStorableText } from "../content-schema";
import { generatePassword, hashPassword, verifyPassword } from "../users/passwords";
import { emailSchema } from "../users/schema";
import { lockedMessage, SIGN_IN_UNAVAILABLE_MESSAGE, WRONG_CREDENTIALS_MESSAGE } from "./messages";
import { issueDeviceToken, trustedDeviceNonce } from "./device-cookie";
import {
  ADDRESS_LIMIT,
  DEVICE_LIMIT,
  EMAIL_LIMIT,
  beginAccountAttempt,
  beginThrottledAttempt,
  forgetOldLoginFailures,
  forgiveThrottledAttempt,
  recordAccountFailure,
  recordAccountSuccess,
  recordTrustedDeviceSuccess,
  recordThrottledFailure,
  slowdownMs,
  type Attempt,
} from "./throttle";

export type SignedInUser = { id: number; email: string; sessionVersion: number };
/** On success, `deviceToken` is a fresh device cookie for this account (lib/auth/device-cookie.ts). */
export type SignInOutcome = { ok: true; user: SignedInUser; deviceToken: string } | { ok: false; message: string };

export type SignInAttempt = {
  email: unknown;
  password: unknown;
  /** The client's address key (see clientAddressKey), or null when the request names none. */
  address: string | null;
  /** The values of every device cookie the browser sent (one per account it signed in to before). */
  deviceTokens?: readonly string[];
};

// Longer inputs are refused unread: hashing a megabyte-long "password" would be a cheap way to load the server.
const MAX_PASSWORD_LENGTH = 1_024;

type Pause = (ms: number) => Promise<unknown>;
type Account = { id: number; email: string; passwordHash: string; isDisabled: boolean; sessionVersion: number };

/**
 * Checks an email and password. A browser with a valid device cookie for the account counts its
 * failures against that cookie only; every other attempt counts per account (or per unknown email)
 * and per client address. Every failure reads the same ("The email or password is wrong."),
 * whether the account exists, is disabled or the password is wrong; a lock reads the same for
 * known and unknown emails. Never logs or returns the password.
 */
export async function signInWithPassword(attempt: SignInAttempt, pause: Pause = sleep): Promise<SignInOutcome> {
  try {
    return await checkPassword(attempt, pause);
  } catch (error) {
    if (isDatabaseUnreachable(error)) return { ok: false, message: SIGN_IN_UNAVAILABLE_MESSAGE };
    throw error;
  }
}

async function checkPassword(attempt: SignInAttempt, pause: Pause): Promise<SignInOutcome> {
  const parsedEmail = emailSchema.safeParse(attempt.email);
  const email = parsedEmail.success ? parsedEmail.data : null;
  // A control character or half a character (a lone surrogate) counts as no password: no password
  // holds one (lib/users/schema.ts), and half a character would hash as U+FFFD and could match a
  // password typed with that symbol. Checked like a wrong one (same hashing time and counting).
  const password =
    typeof attempt.password === "string" && attempt.password.length <= MAX_PASSWORD_LENGTH && isStorableText(attempt.password) ? attempt.password : null;
  const user = email
    ? await db.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true, isDisabled: true, sessionVersion: true } })
    : null;

  const nonce = user ? trustedDeviceNonce(attempt.deviceTokens ?? [], user.id) : null;
  if (user && nonce) {
    const outcome = await checkFromTrustedDevice(user, password, `device:${nonce}`, pause);
    // A device cookie that used up its own failures is a stranger again (OWASP): the account rules apply.
    if (outcome) return outcome;
  }
  return checkFromUnknownBrowser(user, email, password, attempt.address, pause);
}

/** A browser that signed in to this account before: only its own failures count. Null when its cookie is locked. */
async function checkFromTrustedDevice(user: Account, password: string | null, deviceKey: string, pause: Pause): Promise<SignInOutcome | null> {
  const device = await beginThrottledAttempt(deviceKey, DEVICE_LIMIT);
  if (!device.isAllowed) return null;
  await pause(slowdownMs(device.failures - 1));
  const isMatch = await verifyPassword(user.passwordHash, password ?? "");
  if (isMatch && password !== null && !user.isDisabled) {
    await forgiveThrottledAttempt(deviceKey);
    await recordTrustedDeviceSuccess(user.id);
    return signedIn(user);
  }
  const lock = await recordThrottledFailure(deviceKey, DEVICE_LIMIT, device.failures);
  return { ok: false, message: lock ? lockedMessage(lock) : WRONG_CREDENTIALS_MESSAGE };
}

async function checkFromUnknownBrowser(
  user: Account | null,
  email: string | null,
  password: string | null,
  address: string | null,
  pause: Pause,
): Promise<SignInOutcome> {
  // A request that names no address has no address bucket (rather than one that everyone without an address shares).
  const addressKey = address ? `address:${address}` : null;
  const addressAttempt: Attempt = addressKey ? await beginThrottledAttempt(addressKey, ADDRESS_LIMIT) : { isAllowed: true, failures: 1 };
  if (!addressAttempt.isAllowed) return { ok: false, message: lockedMessage(addressAttempt.minutesLeft) };
  const forgiveAddress = async () => (addressKey ? forgiveThrottledAttempt(addressKey) : undefined);

  const emailKey = email && !user ? `email:${email}` : null;
  const subject: Attempt = user
    ? await beginAccountAttempt(user.id)
    : emailKey
      ? await beginThrottledAttempt(emailKey, EMAIL_LIMIT)
      : { isAllowed: true, failures: 1 };
  if (!subject.isAllowed) {
    // Nothing was checked, so this is no guess: it must not count against everyone at the address.
    await forgiveAddress();
    return { ok: false, message: lockedMessage(subject.minutesLeft) };
  }

  await pause(slowdownMs(subject.failures - 1, addressAttempt.failures - 1));
  // Unknown emails are checked against a stand-in hash, so they take as long as known ones.
  const isMatch = await verifyPassword(user?.passwordHash ?? (await standInHash()), password ?? "");

  if (user && isMatch && password !== null && !user.isDisabled) {
    await recordAccountSuccess(user.id);
    await forgiveAddress();
    await forgetOldLoginFailures();
    return signedIn(user);
  }

  const subjectLock = user
    ? await recordAccountFailure(user.id, subject.failures)
    : emailKey
      ? await recordThrottledFailure(emailKey, EMAIL_LIMIT, subject.failures)
      : null;
  const addressLock = addressKey ? await recordThrottledFailure(addressKey, ADDRESS_LIMIT, addressAttempt.failures) : null;
  const lock = Math.max(subjectLock ?? 0, addressLock ?? 0);
  return { ok: false, message: lock > 0 ? lockedMessage(lock) : WRONG_CREDENTIALS_MESSAGE };
}

function signedIn(user: Account): SignInOutcome {
  return { ok: true, user: { id: user.id, email: user.email, sessionVersion: user.sessionVersion }, deviceToken: issueDeviceToken(user.id) };
}

let standIn: Promise<string> | undefined;
function standInHash(): Promise<string> {
  standIn ??= hashPassword(generatePassword());
  return standIn;
}
