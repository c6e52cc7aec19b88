import { describe, expect, it } from "vitest";
import { createTestUser } from "../../test/user-fixtures";
import { db } from "../db";
import { changeUserRole, resetUserPassword, setUserDisabled } from "../users/mutations";
import { authOptions } from "./options";
import { endSession, endSessionsOfUser, openSessionsOf, startSession } from "./server-sessions";
import { editorForSession, type SessionClaims } from "./session";
import { signInWithPassword } from "./sign-in";

/** Signs in for real and returns what the session cookie would claim, as lib/auth/options.ts does. */
async function sessionOf(user: { email: string; password: string }): Promise<SessionClaims> {
  const outcome = await signInWithPassword({ email: user.email, password: user.password, address: "192.0.2.10" }, async () => undefined);
  if (!outcome.ok) throw new Error(outcome.message);
  const session = await startSession(outcome.user.id, { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0", address: "192.0.2.10" });
  return { userId: outcome.user.id, sessionVersion: outcome.user.sessionVersion, sessionId: session.id };
}

/** What next-auth's jwt callback does with a cookie on /api/auth/session and getServerSession (it throws for a session that is over). */
async function reissue(claims: SessionClaims, sessionExpiresAt: number) {
  const jwt = authOptions.callbacks!.jwt!;
  return jwt({ token: { ...claims, sessionExpiresAt }, user: undefined as never, account: null });
}

/** Moves a session's sign-in (and so its absolute end) into the past, as if it had been open that long. */
async function age(sessionId: string, hours: number) {
  const shift = hours * 60 * 60 * 1000;
  const row = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
  await db.session.update({
    where: { id: sessionId },
    data: { createdAt: new Date(row.createdAt.getTime() - shift), expiresAt: new Date(row.expiresAt.getTime() - shift) },
  });
}

describe("which sessions still count", () => {
  it("a fresh session is the user, with the role stored in the database", async () => {
    const user = await createTestUser({ role: "EDITOR", name: "Eddie" });
    const session = await sessionOf(user);
    expect(await editorForSession(session)).toEqual({
      id: user.id,
      email: user.email,
      name: "Eddie",
      role: "EDITOR",
      sessionId: session.sessionId,
      mustChangePassword: false,
    });
  });

  it("no session, or a session of a user who no longer exists, is nobody", async () => {
    expect(await editorForSession(null)).toBeNull();
    expect(await editorForSession({ userId: 987_654, sessionVersion: 1, sessionId: "no-such-session" })).toBeNull();
  });

  it("disabling a user ends their open sessions at once, and enabling does not revive them", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const user = await createTestUser();
    const session = await sessionOf(user);
    await setUserDisabled({ userId: user.id, isDisabled: true }, admin);
    expect(await editorForSession(session)).toBeNull();
    await setUserDisabled({ userId: user.id, isDisabled: false }, admin);
    expect(await editorForSession(session)).toBeNull();
    expect(await editorForSession(await sessionOf(user))).not.toBeNull();
  });

  it("a disabled user's session is nobody even if its version were current", async () => {
    const user = await createTestUser();
    const session = await sessionOf(user);
    await db.user.update({ where: { id: user.id }, data: { isDisabled: true } });
    expect(await editorForSession(session)).toBeNull();
  });

  it("a role change ends the user's sessions, so no page runs with the old role", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const user = await createTestUser({ role: "EDITOR" });
    const session = await sessionOf(user);
    await changeUserRole({ userId: user.id, role: "ADMIN" }, admin);
    expect(await editorForSession(session)).toBeNull();
    expect(await editorForSession(await sessionOf(user))).toMatchObject({ role: "ADMIN" });
  });

  it("a password reset ends the user's sessions", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const user = await createTestUser();
    const session = await sessionOf(user);
    const reset = await resetUserPassword({ userId: user.id, passwordChoice: "generate", password: null }, admin);
    expect(reset.ok).toBe(true);
    expect(await editorForSession(session)).toBeNull();
  });

  it("a session with a stale or a future version is nobody", async () => {
    const user = await createTestUser();
    const session = await sessionOf(user);
    expect(await editorForSession({ ...session, sessionVersion: session.sessionVersion + 1 })).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await editorForSession(session)).toBeNull();
  });
});

describe("sessions the server can end", () => {
  it("signing out ends that session at once, on every check, and leaves the user's other sessions alone", async () => {
    const user = await createTestUser();
    const [laptop, phone] = [await sessionOf(user), await sessionOf(user)];
    const laptopEnd = (await db.session.findUniqueOrThrow({ where: { id: laptop.sessionId } })).expiresAt.getTime();
    await expect(reissue(laptop, laptopEnd)).resolves.toMatchObject({ sessionId: laptop.sessionId });

    // What next-auth's sign-out does (events.signOut with the cookie's token).
    await authOptions.events!.signOut!({ token: { ...laptop, sessionExpiresAt: laptopEnd }, session: undefined as never });
    expect(await editorForSession(laptop)).toBeNull();
    await expect(reissue(laptop, laptopEnd)).rejects.toThrow("ended");
    expect(await editorForSession(phone)).toMatchObject({ id: user.id });
  });

  it("a session older than its absolute lifetime is refused even while it is in use", async () => {
    const user = await createTestUser();
    const session = await sessionOf(user);
    const stored = await db.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(12 * 60 * 60 * 1000);

    // In use all along: a request a minute ago kept it "seen", and next-auth re-issued the cookie each time.
    await age(session.sessionId, 11.9);
    expect(await editorForSession(session)).not.toBeNull();
    await age(session.sessionId, 0.2);
    await db.session.update({ where: { id: session.sessionId }, data: { lastSeenAt: new Date() } });
    expect(await editorForSession(session)).toBeNull();
    // The cookie's own claim of the end cannot extend it: the row decides.
    await expect(reissue(session, Date.now() + 60 * 60 * 1000)).rejects.toThrow("ended");
    // And a cookie whose claimed end has passed is refused before the database is asked.
    await expect(reissue(session, Date.now() - 1)).rejects.toThrow("absolute lifetime");
  });

  it("SESSION_MAX_AGE_HOURS sets the absolute lifetime", async () => {
    const user = await createTestUser();
    process.env.SESSION_MAX_AGE_HOURS = "0.5";
    try {
      const { id } = await startSession(user.id, { userAgent: null, address: null });
      const stored = await db.session.findUniqueOrThrow({ where: { id } });
      expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(30 * 60 * 1000, -3);
    } finally {
      delete process.env.SESSION_MAX_AGE_HOURS;
    }
  });

  it("'sign out everywhere' ends every session of the user (or all but the one asking), and no one else's", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const [first, second, third] = [await sessionOf(user), await sessionOf(user), await sessionOf(user)];
    const othersSession = await sessionOf(other);
    expect(await endSessionsOfUser(user.id, { keep: first.sessionId })).toBe(2);
    expect(await editorForSession(first)).not.toBeNull();
    expect(await editorForSession(second)).toBeNull();
    expect(await editorForSession(third)).toBeNull();
    expect(await endSessionsOfUser(user.id)).toBe(1);
    expect(await editorForSession(first)).toBeNull();
    expect(await editorForSession(othersSession)).not.toBeNull();
    expect(await openSessionsOf(user.id)).toEqual([]);
  });

  it("a session id of another user, or an ended one, gives nobody", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const session = await sessionOf(user);
    const othersSession = await sessionOf(other);
    expect(await editorForSession({ ...session, sessionId: othersSession.sessionId })).toBeNull();
    await endSession(session.sessionId);
    expect(await editorForSession(session)).toBeNull();
  });

  it("lists a user's open sessions for the admins, with a summary of the browser and its address", async () => {
    const user = await createTestUser();
    const session = await sessionOf(user);
    expect(await openSessionsOf(user.id)).toEqual([expect.objectContaining({ id: session.sessionId, userAgent: "Chrome on Linux", address: "192.0.2.10" })]);
  });
});
