import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestUser, type TestUser } from "../../test/user-fixtures";
import { runAsEditor } from "../auth/actions";
import { isSessionLive, startSession } from "../auth/server-sessions";
import type { Editor } from "../auth/session";
import { signInWithPassword } from "../auth/sign-in";
import { db } from "../db";
import type { Result } from "../result";
import { changeOwnPassword, changeUserRole, createUser, endUserSessions, resetUserPassword, setUserDisabled } from "./mutations";
import { changeOwnPasswordSchema, changeRoleSchema, createUserSchema, endUserSessionsSchema, resetPasswordSchema, setUserDisabledSchema } from "./schema";

// Each mutation is called the way app/admin/users/actions.ts calls it: through the action wrapper,
// with the schema shared by the form, as an admin-only action.
function asAdminAction<S extends z.ZodType, T>(schema: S, mutation: (input: z.output<S>, editor: Editor) => Promise<Result<T>>) {
  return (who: Editor | null, input: unknown) => runAsEditor(async () => who, schema, mutation, { role: "ADMIN" }, input);
}
const createUserAction = asAdminAction(createUserSchema, createUser);
const changeRoleAction = asAdminAction(changeRoleSchema, changeUserRole);
const setDisabledAction = asAdminAction(setUserDisabledSchema, setUserDisabled);
const resetPasswordAction = asAdminAction(resetPasswordSchema, resetUserPassword);
const endSessionsAction = asAdminAction(endUserSessionsSchema, endUserSessions);
/** As app/admin/account/actions.ts calls it: any signed-in user, even one who must change their password, in their session. */
const changeOwnPasswordAction = (who: (Editor & { mustChangePassword?: boolean }) | null, sessionId: string, input: unknown) =>
  runAsEditor(
    async () => who,
    changeOwnPasswordSchema,
    (parsed, editor) => changeOwnPassword(parsed, editor, sessionId),
    { whilePasswordMustChange: true },
    input,
  );
const openSession = (userId: number) => startSession(userId, { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0", address: "192.0.2.20" });

let admin: TestUser;
let editor: TestUser;

beforeEach(async () => {
  // Every test starts with exactly one active admin and one editor.
  await db.auditEvent.deleteMany();
  await db.user.deleteMany();
  admin = await createTestUser({ role: "ADMIN", name: "Ada" });
  editor = await createTestUser({ role: "EDITOR", name: "Eddie" });
});

const signIn = (email: string, password: string) => signInWithPassword({ email, password, address: "192.0.2.20" }, async () => undefined);
const auditOf = (userId: number) => db.auditEvent.findMany({ where: { entityType: "user", entityId: String(userId) }, orderBy: { id: "asc" } });
const stored = (userId: number) => db.user.findUniqueOrThrow({ where: { id: userId } });

describe("adding a user", () => {
  it("creates the account with a generated password shown once, and records who did it", async () => {
    const result = await createUserAction(admin, {
      email: " New.Person@Example.test ",
      name: "New Person",
      role: "EDITOR",
      passwordChoice: "generate",
      password: "",
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.email).toBe("new.person@example.test");
    expect(result.value.generatedPassword).toMatch(/^[\w-]{24}$/);
    expect(await signIn("new.person@example.test", result.value.generatedPassword!)).toMatchObject({ ok: true });

    const [event] = await auditOf(result.value.id);
    expect(event).toMatchObject({ action: "user.create", userId: admin.id, userEmail: admin.email, summary: "Added editor new.person@example.test" });
    expect(event!.after).toEqual({ id: result.value.id, email: "new.person@example.test", name: "New Person", role: "EDITOR", isDisabled: false });
  });

  it("uses a chosen password, which must follow the password rules", async () => {
    const weak = await createUserAction(admin, { email: "weak@example.test", name: "Weak", role: "EDITOR", passwordChoice: "choose", password: "Zq8-shrt" });
    expect(weak).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { password: ["Use at least 12 characters."] } });
    const chosen = await createUserAction(admin, {
      email: "strong@example.test",
      name: "Strong",
      role: "ADMIN",
      passwordChoice: "choose",
      password: "a-long-chosen-passphrase",
    });
    expect(chosen).toMatchObject({ ok: true, value: { generatedPassword: null } });
    expect(await signIn("strong@example.test", "a-long-chosen-passphrase")).toMatchObject({ ok: true });
  });

  it("reports every invalid field at once", async () => {
    const result = await createUserAction(admin, { email: "nope", name: "", role: "OWNER", passwordChoice: "generate" });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors).sort()).toEqual(["email", "name", "role"]);
  });

  it("refuses an email that another user has, whatever its case", async () => {
    const result = await createUserAction(admin, { email: editor.email.toUpperCase(), name: "Copy", role: "EDITOR", passwordChoice: "generate" });
    expect(result).toMatchObject({ ok: false, reason: "conflict", fieldErrors: { email: ["Another user already has this email."] } });
    expect(await db.user.count()).toBe(2);
  });

  it("is refused to editors and to the signed-out, and changes nothing", async () => {
    const input = { email: "sneaky@example.test", name: "Sneaky", role: "ADMIN", passwordChoice: "generate" };
    expect(await createUserAction(editor, input)).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await createUserAction(null, input)).toMatchObject({ ok: false, reason: "unauthorized" });
    expect(await createUser({ email: "sneaky@example.test", name: "Sneaky", role: "ADMIN", passwordChoice: "generate", password: null }, editor)).toMatchObject(
      { ok: false, reason: "forbidden" },
    );
    expect(await db.user.findUnique({ where: { email: "sneaky@example.test" } })).toBeNull();
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("changing a role", () => {
  it("promotes an editor, ends their sessions and records before and after", async () => {
    const result = await changeRoleAction(admin, { userId: String(editor.id), role: "ADMIN" });
    expect(result).toEqual({ ok: true, value: { id: editor.id } });
    expect(await stored(editor.id)).toMatchObject({ role: "ADMIN", sessionVersion: 2 });
    const [event] = await auditOf(editor.id);
    expect(event).toMatchObject({
      action: "user.change-role",
      summary: `Changed ${editor.email} from editor to admin`,
      before: { role: "EDITOR" },
      after: { role: "ADMIN" },
    });
  });

  it("will not demote the only active admin, not even by themselves", async () => {
    const result = await changeRoleAction(admin, { userId: admin.id, role: "EDITOR" });
    expect(result).toMatchObject({ ok: false, reason: "conflict", message: expect.stringContaining("You are the only active admin") });
    expect(await stored(admin.id)).toMatchObject({ role: "ADMIN", sessionVersion: 1 });
    expect(await auditOf(admin.id)).toEqual([]);
  });

  it("lets an admin step down when another active admin remains, but a disabled admin does not count", async () => {
    const disabledAdmin = await createTestUser({ role: "ADMIN", isDisabled: true });
    expect(await changeRoleAction(admin, { userId: admin.id, role: "EDITOR" })).toMatchObject({ ok: false, reason: "conflict" });
    await createTestUser({ role: "ADMIN" });
    expect(await changeRoleAction(admin, { userId: admin.id, role: "EDITOR" })).toMatchObject({ ok: true });
    expect(await stored(admin.id)).toMatchObject({ role: "EDITOR" });
    expect(await stored(disabledAdmin.id)).toMatchObject({ role: "ADMIN" });
  });

  it("leaves one admin when two admins demote each other at the same moment", async () => {
    const second = await createTestUser({ role: "ADMIN" });
    const results = await Promise.all([
      changeUserRole({ userId: second.id, role: "EDITOR" }, admin),
      changeUserRole({ userId: admin.id, role: "EDITOR" }, second),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN", isDisabled: false } })).toBe(1);
  });

  it("does nothing (and records nothing) when the role is unchanged", async () => {
    expect(await changeRoleAction(admin, { userId: editor.id, role: "EDITOR" })).toEqual({ ok: true, value: { id: editor.id } });
    expect(await stored(editor.id)).toMatchObject({ sessionVersion: 1 });
    expect(await auditOf(editor.id)).toEqual([]);
  });

  it("answers invalid input, unknown users and non-admins without changing anything", async () => {
    expect(await changeRoleAction(admin, { userId: "abc", role: "OWNER" })).toMatchObject({
      reason: "invalid",
      fieldErrors: { userId: ["Choose a user."], role: ["Choose a role: admin or editor."] },
    });
    expect(await changeRoleAction(admin, { userId: 987_654, role: "EDITOR" })).toMatchObject({ reason: "not-found" });
    expect(await changeRoleAction(editor, { userId: editor.id, role: "ADMIN" })).toMatchObject({ reason: "forbidden" });
    expect(await changeUserRole({ userId: editor.id, role: "ADMIN" }, editor)).toMatchObject({ reason: "forbidden" });
    expect(await stored(editor.id)).toMatchObject({ role: "EDITOR", sessionVersion: 1 });
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("disabling and enabling", () => {
  it("disables a user: their sessions end, they cannot sign in, and it is recorded", async () => {
    expect(await setDisabledAction(admin, { userId: editor.id, isDisabled: true })).toEqual({ ok: true, value: { id: editor.id } });
    expect(await stored(editor.id)).toMatchObject({ isDisabled: true, sessionVersion: 2 });
    expect(await signIn(editor.email, editor.password)).toMatchObject({ ok: false });
    expect(await auditOf(editor.id)).toMatchObject([
      { action: "user.disable", summary: `Disabled ${editor.email}`, before: { isDisabled: false }, after: { isDisabled: true } },
    ]);
  });

  it("enables a user again, lifting a sign-in lock", async () => {
    await db.user.update({ where: { id: editor.id }, data: { isDisabled: true, failedLoginCount: 5, lockedUntil: new Date(Date.now() + 600_000) } });
    expect(await setDisabledAction(admin, { userId: editor.id, isDisabled: false })).toMatchObject({ ok: true });
    expect(await signIn(editor.email, editor.password)).toMatchObject({ ok: true });
    expect(await auditOf(editor.id)).toMatchObject([{ action: "user.enable", summary: `Enabled ${editor.email}` }]);
  });

  it("will not let admins disable their own account", async () => {
    await createTestUser({ role: "ADMIN" });
    expect(await setDisabledAction(admin, { userId: admin.id, isDisabled: true })).toMatchObject({
      ok: false,
      reason: "conflict",
      message: expect.stringContaining("your own account"),
    });
    expect(await stored(admin.id)).toMatchObject({ isDisabled: false, sessionVersion: 1 });
  });

  it("will not disable the only active admin, even when asked by an admin who was disabled meanwhile", async () => {
    const deputy = await createTestUser({ role: "ADMIN" });
    expect(await setDisabledAction(admin, { userId: deputy.id, isDisabled: true })).toMatchObject({ ok: true });
    // The deputy's request was already past the session check when they were disabled.
    const result = await setUserDisabled({ userId: admin.id, isDisabled: true }, deputy);
    expect(result).toMatchObject({
      ok: false,
      reason: "conflict",
      message: `${admin.name} is the only active admin and cannot be disabled. Make someone else an admin first.`,
    });
    expect(await db.user.count({ where: { role: "ADMIN", isDisabled: false } })).toBe(1);
  });

  it("answers invalid input and non-admins without changing anything", async () => {
    expect(await setDisabledAction(admin, { userId: editor.id, isDisabled: "yes" })).toMatchObject({
      reason: "invalid",
      fieldErrors: { isDisabled: expect.any(Array) },
    });
    expect(await setDisabledAction(editor, { userId: admin.id, isDisabled: true })).toMatchObject({ reason: "forbidden" });
    expect(await setUserDisabled({ userId: admin.id, isDisabled: true }, editor)).toMatchObject({ reason: "forbidden" });
    expect(await stored(admin.id)).toMatchObject({ isDisabled: false, sessionVersion: 1 });
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("resetting a password", () => {
  it("sets a generated password shown once, ends sessions, lifts a lock, and never records the password or hash", async () => {
    await db.user.update({ where: { id: editor.id }, data: { failedLoginCount: 5, lockedUntil: new Date(Date.now() + 600_000) } });
    const before = await stored(editor.id);
    const result = await resetPasswordAction(admin, { userId: editor.id, passwordChoice: "generate", password: "" });
    if (!result.ok) throw new Error(result.message);
    const after = await stored(editor.id);
    expect(after).toMatchObject({ sessionVersion: before.sessionVersion + 1, failedLoginCount: 0, lockedUntil: null });
    expect(await signIn(editor.email, editor.password)).toMatchObject({ ok: false });
    expect(await signIn(editor.email, result.value.generatedPassword!)).toMatchObject({ ok: true });

    const events = await auditOf(editor.id);
    expect(events).toMatchObject([{ action: "user.reset-password", summary: `Reset the password of ${editor.email} (a generated password)` }]);
    const recorded = JSON.stringify(events);
    expect(recorded).not.toContain(result.value.generatedPassword!);
    expect(recorded).not.toContain(after.passwordHash);
    expect(recorded).not.toContain("argon2");
  });

  it("sets a chosen password only if it follows the rules", async () => {
    expect(await resetPasswordAction(admin, { userId: editor.id, passwordChoice: "choose", password: "password1234" })).toMatchObject({
      reason: "invalid",
      fieldErrors: { password: ["This password is too common. Choose one that is harder to guess."] },
    });
    expect(await resetPasswordAction(admin, { userId: editor.id, passwordChoice: "choose", password: "another-long-passphrase" })).toMatchObject({
      ok: true,
      value: { generatedPassword: null },
    });
    expect(await signIn(editor.email, "another-long-passphrase")).toMatchObject({ ok: true });
  });

  it("answers unknown users and non-admins without changing anything", async () => {
    expect(await resetPasswordAction(admin, { userId: 987_654, passwordChoice: "generate" })).toMatchObject({ reason: "not-found" });
    expect(await resetPasswordAction(editor, { userId: admin.id, passwordChoice: "choose", password: "taking-over-the-admin" })).toMatchObject({
      reason: "forbidden",
    });
    expect(await resetUserPassword({ userId: admin.id, passwordChoice: "choose", password: "taking-over-the-admin" }, editor)).toMatchObject({
      reason: "forbidden",
    });
    expect(await signIn(admin.email, admin.password)).toMatchObject({ ok: true });
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("audit events of user changes", () => {
  it("never hold a password hash", async () => {
    await createUserAction(admin, { email: "x@example.test", name: "X", role: "EDITOR", passwordChoice: "choose", password: "a-long-chosen-passphrase" });
    await changeRoleAction(admin, { userId: editor.id, role: "ADMIN" });
    await setDisabledAction(admin, { userId: editor.id, isDisabled: true });
    await resetPasswordAction(admin, { userId: editor.id, passwordChoice: "generate" });
    const events = await db.auditEvent.findMany();
    expect(events).toHaveLength(4);
    expect(JSON.stringify(events)).not.toMatch(/argon2|passwordHash|a-long-chosen-passphrase/);
  });
});

describe("passwords set by someone else", () => {
  it("must be changed at the next sign-in: after an admin adds the user or resets the password", async () => {
    const created = await createUserAction(admin, {
      email: "fresh@example.test",
      name: "Fresh",
      role: "EDITOR",
      passwordChoice: "choose",
      password: "a-long-chosen-passphrase",
    });
    if (!created.ok) throw new Error(created.message);
    expect(await stored(created.value.id)).toMatchObject({ mustChangePassword: true });
    expect(await stored(editor.id)).toMatchObject({ mustChangePassword: false });
    await resetPasswordAction(admin, { userId: editor.id, passwordChoice: "generate" });
    expect(await stored(editor.id)).toMatchObject({ mustChangePassword: true });
  });

  it("until then, every other action is refused", async () => {
    const result = await createUserAction({ ...admin, mustChangePassword: true } as Editor, {
      email: "x@example.test",
      name: "X",
      role: "EDITOR",
      passwordChoice: "generate",
    });
    expect(result).toMatchObject({ ok: false, reason: "forbidden", message: expect.stringContaining("/admin/account") });
    expect(await db.user.count()).toBe(2);
  });
});

describe("changing one's own password", () => {
  it("needs the current password, then ends the user's other sessions and keeps this one", async () => {
    const here = await openSession(editor.id);
    const elsewhere = await openSession(editor.id);
    const someoneElse = await openSession(admin.id);
    const wrong = await changeOwnPasswordAction(editor, here.id, { currentPassword: "not-my-password", newPassword: "my-own-new-passphrase" });
    expect(wrong).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { currentPassword: ["This is not your current password."] } });
    expect(await isSessionLive(elsewhere.id, editor.id)).toBe(true);

    const changed = await changeOwnPasswordAction(editor, here.id, { currentPassword: editor.password, newPassword: "my-own-new-passphrase" });
    expect(changed).toEqual({ ok: true, value: { id: editor.id, endedSessions: 1 } });
    expect(await isSessionLive(here.id, editor.id)).toBe(true);
    expect(await isSessionLive(elsewhere.id, editor.id)).toBe(false);
    expect(await isSessionLive(someoneElse.id, admin.id)).toBe(true);
    expect(await signIn(editor.email, editor.password)).toMatchObject({ ok: false });
    expect(await signIn(editor.email, "my-own-new-passphrase")).toMatchObject({ ok: true });
    expect(await auditOf(editor.id)).toMatchObject([{ action: "user.change-own-password", summary: `${editor.email} changed their password` }]);
    expect(JSON.stringify(await db.auditEvent.findMany())).not.toContain("my-own-new-passphrase");
  });

  it("clears the 'must change' flag, and is allowed while it is set", async () => {
    await db.user.update({ where: { id: editor.id }, data: { mustChangePassword: true } });
    const here = await openSession(editor.id);
    const result = await changeOwnPasswordAction({ ...editor, mustChangePassword: true } as Editor, here.id, {
      currentPassword: editor.password,
      newPassword: "chosen-by-me-at-last",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await stored(editor.id)).toMatchObject({ mustChangePassword: false });
  });

  it("refuses a common or unchanged new password, and the signed-out", async () => {
    const here = await openSession(editor.id);
    expect(await changeOwnPasswordAction(editor, here.id, { currentPassword: editor.password, newPassword: "qwerty123456" })).toMatchObject({
      reason: "invalid",
      fieldErrors: { newPassword: ["This password is too common. Choose one that is harder to guess."] },
    });
    expect(await changeOwnPasswordAction(editor, here.id, { currentPassword: editor.password, newPassword: editor.password })).toMatchObject({
      reason: "invalid",
      fieldErrors: { newPassword: ["Choose a password that differs from the current one."], currentPassword: ["This is the same as the new password."] },
    });
    expect(await changeOwnPasswordAction(null, here.id, { currentPassword: editor.password, newPassword: "my-own-new-passphrase" })).toMatchObject({
      reason: "unauthorized",
    });
    expect(await signIn(editor.email, editor.password)).toMatchObject({ ok: true });
  });
});

describe("admins ending a user's sessions", () => {
  it("ends one session, or all of them, and records it", async () => {
    const [first, second, third] = [await openSession(editor.id), await openSession(editor.id), await openSession(editor.id)];
    expect(await endSessionsAction(admin, { userId: editor.id, sessionId: first.id })).toEqual({ ok: true, value: { id: editor.id, endedSessions: 1 } });
    expect(await isSessionLive(first.id, editor.id)).toBe(false);
    expect(await isSessionLive(second.id, editor.id)).toBe(true);
    expect(await endSessionsAction(admin, { userId: editor.id })).toEqual({ ok: true, value: { id: editor.id, endedSessions: 2 } });
    expect(await isSessionLive(third.id, editor.id)).toBe(false);
    expect(await auditOf(editor.id)).toMatchObject([{ summary: `Ended a session of ${editor.email}` }, { summary: `Ended all 2 sessions of ${editor.email}` }]);
  });

  it("cannot end another user's session by naming it under someone else, and is refused to editors", async () => {
    const adminsSession = await openSession(admin.id);
    expect(await endSessionsAction(admin, { userId: editor.id, sessionId: adminsSession.id })).toEqual({
      ok: true,
      value: { id: editor.id, endedSessions: 0 },
    });
    expect(await isSessionLive(adminsSession.id, admin.id)).toBe(true);
    expect(await endSessionsAction(editor, { userId: admin.id })).toMatchObject({ reason: "forbidden" });
    expect(await endUserSessions({ userId: admin.id }, editor)).toMatchObject({ reason: "forbidden" });
    expect(await isSessionLive(adminsSession.id, admin.id)).toBe(true);
  });
});
