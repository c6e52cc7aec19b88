import { randomBytes } from "node:crypto";
import { db } from "../db";

// Each sign-in is a row of "Session"; the (encrypted) session cookie names it. Because the row is
// in PostgreSQL, every app instance sees at once that a session was ended or has outlived its
// absolute lifetime, whatever the cookie's own expiry says (next-auth re-issues the cookie with a
// fresh expiry on every /api/auth/session, so the cookie alone would be an idle timeout).

const DEFAULT_MAX_AGE_HOURS = 12;
// Writing lastSeenAt on every request would turn each page view into a write; once a minute is plenty for the admins' view.
const LAST_SEEN_GRANULARITY_MS = 60_000;

/** The absolute lifetime of a session, from SESSION_MAX_AGE_HOURS (default 12; fractions allowed, e.g. 0.5). */
export function sessionMaxAgeSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const hours = Number(env.SESSION_MAX_AGE_HOURS);
  return Math.round((Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_MAX_AGE_HOURS) * 60 * 60);
}

export type StartedSession = { id: string; expiresAt: Date };

/** A new session for a user who just proved their password. */
export async function startSession(userId: number, client: { userAgent?: string | null; address?: string | null }): Promise<StartedSession> {
  const id = randomBytes(24).toString("base64url");
  const createdAt = new Date();
  const expiresAt = new Date(createdAt.getTime() + sessionMaxAgeSeconds() * 1000);
  await db.session.create({
    data: {
      id,
      userId,
      createdAt,
      lastSeenAt: createdAt,
      expiresAt,
      userAgent: summariseUserAgent(client.userAgent),
      address: client.address?.slice(0, 64) ?? null,
    },
  });
  return { id, expiresAt };
}

/** Whether a session may still be used: it exists, belongs to this user, was not ended and has not outlived its lifetime. */
export async function isSessionLive(sessionId: string, userId: number): Promise<boolean> {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { userId: true, endedAt: true, expiresAt: true } });
  return session !== null && session.userId === userId && session.endedAt === null && session.expiresAt > new Date();
}

/** Records that a session was used (at most once a minute). */
export async function touchSession(sessionId: string): Promise<void> {
  await db.session.updateMany({
    where: { id: sessionId, lastSeenAt: { lt: new Date(Date.now() - LAST_SEEN_GRANULARITY_MS) } },
    data: { lastSeenAt: new Date() },
  });
}

/** Signing out: this session ends at once, on every instance. */
export async function endSession(sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/** Ends every open session of a user, except `keep` (the one asking, e.g. after changing their own password). Returns how many ended. */
export async function endSessionsOfUser(userId: number, options: { keep?: string } = {}): Promise<number> {
  const ended = await db.session.updateMany({
    where: { userId, endedAt: null, expiresAt: { gt: new Date() }, ...(options.keep ? { id: { not: options.keep } } : {}) },
    data: { endedAt: new Date() },
  });
  return ended.count;
}

/** A user's open sessions, newest first, for the admins' user page and the account page. */
export async function openSessionsOf(userId: number) {
  return db.session.findMany({
    where: { userId, endedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, expiresAt: true, lastSeenAt: true, userAgent: true, address: true },
  });
}
export type OpenSession = Awaited<ReturnType<typeof openSessionsOf>>[number];

/** Ended and expired sessions say nothing any more after a day; called now and then to keep the table small. */
export async function forgetOldSessions(): Promise<void> {
  const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
  await db.session.deleteMany({ where: { OR: [{ endedAt: { lt: dayAgo } }, { expiresAt: { lt: dayAgo } }] } });
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/Firefox\//, "Firefox"],
  [/Chrom(e|ium)\//, "Chrome"],
  [/Safari\//, "Safari"],
  [/curl\//, "curl"],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad/, "iOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Linux/, "Linux"],
];

/** "Chrome on Linux": enough for a person to recognise their browser, without storing the full header. */
export function summariseUserAgent(userAgent: string | null | undefined): string {
  if (!userAgent) return "Unknown browser";
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser && !system) return "Other client";
  return [browser ?? "A browser", system].filter(Boolean).join(" on ");
}
