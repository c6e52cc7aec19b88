import { describe, expect, it } from "vitest";
import { createTestUser } from "../../test/user-fixtures";
import { db } from "../db";
import { changeUserRole, resetUserPassword, setUserDisabled } from "../users/mutations";
import { editorForSession } from "./session";
import { signInWithPassword } from "./sign-in";

/** Signs in for real and returns what the session cookie would claim. */
async function sessionOf(user: { email: string; password: string }) {
  const outcome = await signInWithPassword({ email: user.email, password: user.password, address: "192.0.2.10" }, async () => undefined);
  if (!outcome.ok) throw new Error(outcome.message);
  return { userId: outcome.user.id, sessionVersion: outcome.user.sessionVersion };
}

describe("which sessions still count", () => {
  it("a fresh session is the user, with the role stored in the database", async () => {
    const user = await createTestUser({ role: "EDITOR", name: "Eddie" });
    expect(await editorForSession(await sessionOf(user))).toEqual({ id: user.id, email: user.email, name: "Eddie", role: "EDITOR" });
  });

  it("no session, or a session of a user who no longer exists, is nobody", async () => {
    expect(await editorForSession(null)).toBeNull();
    expect(await editorForSession({ userId: 987_654, sessionVersion: 1 })).toBeNull();
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
