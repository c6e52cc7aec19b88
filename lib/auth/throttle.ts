import { db } from "../db";
import { Prisma } from "../generated/prisma/client";

// Failed sign-ins are counted in the database, never in process memory, so every app instance
// sees the same counts. Each attempt is counted *before* the password is checked (and forgiven
// when it succeeds), so a burst of parallel guesses cannot slip past the limit.

export type ThrottleLimit = { maxFailures: number; lockSeconds: number; windowSeconds: number };

/**
 * Per account (User.failedLoginCount), for browsers without the account's device cookie: consecutive
 * failures, forgotten on such a success or when a lock ends. The lock stops unknown browsers only.
 */
export const ACCOUNT_LIMIT = { maxFailures: 5, lockSeconds: 15 * 60 } as const;
/** Per unknown email ("email:<email>"): the account rule, so a lock looks the same whether the account exists or not. */
export const EMAIL_LIMIT: ThrottleLimit = { maxFailures: 5, lockSeconds: 15 * 60, windowSeconds: 24 * 60 * 60 };
/** Per client address ("address:<ip>"): many guesses over many emails from one place. */
export const ADDRESS_LIMIT: ThrottleLimit = { maxFailures: 20, lockSeconds: 15 * 60, windowSeconds: 15 * 60 };

/** Per device cookie ("device:<nonce>"): a browser that signed in to the account before; only its own failures count. */
export const DEVICE_LIMIT: ThrottleLimit = { maxFailures: 10, lockSeconds: 15 * 60, windowSeconds: 15 * 60 };

/** `failures` counts this attempt too (it is forgiven if the password turns out right). */
export type Attempt = { isAllowed: true; failures: number } | { isAllowed: false; minutesLeft: number };

// Prisma keeps DateTime columns in UTC; comparing against the database's clock keeps every instance on one clock.
const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;
const seconds = (count: number) => Prisma.sql`(${count}::int * interval '1 second')`;

export async function beginAccountAttempt(userId: number): Promise<Attempt> {
  const rows = await db.$queryRaw<{ failures: number }[]>`
    UPDATE "User"
    SET "failedLoginCount" = CASE WHEN "lockedUntil" IS NULL THEN "failedLoginCount" + 1 ELSE 1 END,
        "lockedUntil" = NULL
    WHERE "id" = ${userId} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${NOW})
    RETURNING "failedLoginCount" AS "failures"`;
  const counted = rows[0];
  if (!counted) return { isAllowed: false, minutesLeft: await minutesLeft(Prisma.sql`SELECT "lockedUntil" FROM "User" WHERE "id" = ${userId}`) };
  // Only parallel attempts get past the limit without a lock having been set: lock and refuse them.
  if (counted.failures > ACCOUNT_LIMIT.maxFailures) return { isAllowed: false, minutesLeft: await lockAccount(userId) };
  return { isAllowed: true, failures: counted.failures };
}

/** After a wrong password: the minutes of the lock it started, or null. */
export async function recordAccountFailure(userId: number, failures: number): Promise<number | null> {
  return failures >= ACCOUNT_LIMIT.maxFailures ? lockAccount(userId) : null;
}

export async function recordAccountSuccess(userId: number): Promise<void> {
  await db.$executeRaw`
    UPDATE "User" SET "failedLoginCount" = 0, "lockedUntil" = NULL, "lastLoginAt" = ${NOW} WHERE "id" = ${userId}`;
}

/**
 * A success from a trusted browser records the time only: the lock for unknown browsers stays, so
 * the owner signing in does not hand a guesser elsewhere five fresh attempts.
 */
export async function recordTrustedDeviceSuccess(userId: number): Promise<void> {
  await db.$executeRaw`UPDATE "User" SET "lastLoginAt" = ${NOW} WHERE "id" = ${userId}`;
}

async function lockAccount(userId: number): Promise<number> {
  await db.$executeRaw`
    UPDATE "User" SET "lockedUntil" = ${NOW} + ${seconds(ACCOUNT_LIMIT.lockSeconds)}
    WHERE "id" = ${userId} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${NOW})`;
  return minutesLeft(Prisma.sql`SELECT "lockedUntil" FROM "User" WHERE "id" = ${userId}`);
}

export async function beginThrottledAttempt(key: string, limit: ThrottleLimit): Promise<Attempt> {
  const isFresh = Prisma.sql`("LoginThrottle"."lockedUntil" IS NOT NULL OR "LoginThrottle"."windowStart" <= ${NOW} - ${seconds(limit.windowSeconds)})`;
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil") VALUES (${key}, 1, ${NOW}, NULL)
    ON CONFLICT ("key") DO UPDATE
    SET "failures" = CASE WHEN ${isFresh} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN ${isFresh} THEN ${NOW} ELSE "LoginThrottle"."windowStart" END,
        "lockedUntil" = NULL
    WHERE "LoginThrottle"."lockedUntil" IS NULL OR "LoginThrottle"."lockedUntil" <= ${NOW}
    RETURNING "failures"`;
  const counted = rows[0];
  if (!counted) return { isAllowed: false, minutesLeft: await minutesLeft(Prisma.sql`SELECT "lockedUntil" FROM "LoginThrottle" WHERE "key" = ${key}`) };
  if (counted.failures > limit.maxFailures) return { isAllowed: false, minutesLeft: await lockKey(key, limit) };
  return { isAllowed: true, failures: counted.failures };
}

/** After a failed attempt: the minutes of the lock it started, or null. */
export async function recordThrottledFailure(key: string, limit: ThrottleLimit, failures: number): Promise<number | null> {
  return failures >= limit.maxFailures ? lockKey(key, limit) : null;
}

/** Takes back the attempt counted by beginThrottledAttempt (it succeeded, or was never checked). */
export async function forgiveThrottledAttempt(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key}`;
}

/** Rows whose window and lock are over say nothing any more; called now and then to keep the table small. */
export async function forgetOldLoginFailures(): Promise<void> {
  await db.$executeRaw`
    DELETE FROM "LoginThrottle"
    WHERE "windowStart" < ${NOW} - ${seconds(24 * 60 * 60)} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${NOW})`;
}

async function lockKey(key: string, limit: ThrottleLimit): Promise<number> {
  await db.$executeRaw`
    UPDATE "LoginThrottle" SET "lockedUntil" = ${NOW} + ${seconds(limit.lockSeconds)}
    WHERE "key" = ${key} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${NOW})`;
  return minutesLeft(Prisma.sql`SELECT "lockedUntil" FROM "LoginThrottle" WHERE "key" = ${key}`);
}

async function minutesLeft(lockedUntilQuery: Prisma.Sql): Promise<number> {
  const rows = await db.$queryRaw<{ minutes: number | null }[]>`
    SELECT CEIL(EXTRACT(EPOCH FROM (locked."lockedUntil" - ${NOW})) / 60)::int AS "minutes" FROM (${lockedUntilQuery}) AS locked`;
  return Math.max(1, rows[0]?.minutes ?? 1);
}

/**
 * How long to wait before checking a password, growing with the failures before this attempt:
 * nothing for the first two, then 0.5 s, 1 s, 2 s… up to 3 s. Failures from one address count a
 * quarter as much, so a single address trying many accounts slows down too.
 */
export function slowdownMs(previousAccountFailures: number, previousAddressFailures = 0): number {
  const failures = Math.max(previousAccountFailures, Math.floor(previousAddressFailures / 4));
  if (failures < 2) return 0;
  return Math.min(500 * 2 ** (failures - 2), 3_000);
}
