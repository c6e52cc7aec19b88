import type { Editor } from "../auth/session";
import { recordAudit } from "../audit";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { fail, ok, type Failure, type Result } from "../result";
import { generatePassword, hashPassword, verifyPassword } from "./passwords";
import type { ChangeOwnPasswordInput, ChangeRoleInput, CreateUserInput, EndUserSessionsInput, ResetPasswordInput, SetUserDisabledInput } from "./schema";

// User management is for admins. The actions check the role first (editorAction's role option);
// these functions check it again, since they are what actually changes accounts.

type Tx = Prisma.TransactionClient;
const snapshotFields = { id: true, email: true, name: true, role: true, isDisabled: true } as const;
type UserSnapshot = Prisma.UserGetPayload<{ select: typeof snapshotFields }>;

const adminsOnly = (): Failure => fail("forbidden", "Only admins can manage users.");
const userGone = (): Failure => fail("not-found", "This user no longer exists. Reload the list of users.");

export async function createUser(input: CreateUserInput, actor: Editor): Promise<Result<{ id: number; email: string; generatedPassword: string | null }>> {
  if (actor.role !== "ADMIN") return adminsOnly();
  const generatedPassword = input.password === null ? generatePassword() : null;
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  try {
    return await db.$transaction(async (tx) => {
      // Someone else chose this password: the new user picks their own at the first sign-in.
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash, mustChangePassword: true },
        select: snapshotFields,
      });
      await recordAudit(tx, actor, { action: "user.create", entityType: "user", entityId: user.id, summary: `Added ${describe(user)}`, after: user });
      return ok({ id: user.id, email: user.email, generatedPassword });
    });
  } catch (error) {
    if (isEmailTaken(error)) {
      return fail("conflict", `A user with the email ${input.email} already exists.`, { fieldErrors: { email: ["Another user already has this email."] } });
    }
    throw error;
  }
}

/** A role change ends the user's sessions. The last active admin cannot be demoted. */
export async function changeUserRole(input: ChangeRoleInput, actor: Editor): Promise<Result<{ id: number }>> {
  if (actor.role !== "ADMIN") return adminsOnly();
  return db.$transaction(async (tx) => {
    await lockAdmins(tx);
    const before = await findUser(tx, input.userId);
    if (!before) return userGone();
    if (before.role === input.role) return ok({ id: before.id });
    if (before.role === "ADMIN" && !before.isDisabled && (await isLastActiveAdmin(tx))) {
      const whom = before.id === actor.id ? "You are" : `${before.name} is`;
      return fail("conflict", `${whom} the only active admin. Make someone else an admin first, so someone can still manage users.`, {
        fieldErrors: { role: ["The only active admin must stay an admin."] },
      });
    }
    const after = await tx.user.update({ where: { id: before.id }, data: { role: input.role, sessionVersion: { increment: 1 } }, select: snapshotFields });
    await recordAudit(tx, actor, {
      action: "user.change-role",
      entityType: "user",
      entityId: after.id,
      summary: `Changed ${after.email} from ${roleName(before)} to ${roleName(after)}`,
      before,
      after,
    });
    return ok({ id: after.id });
  });
}

/** Disabling ends the user's sessions and stops them signing in. Nobody disables themselves or the last active admin. */
export async function setUserDisabled(input: SetUserDisabledInput, actor: Editor): Promise<Result<{ id: number }>> {
  if (actor.role !== "ADMIN") return adminsOnly();
  if (input.isDisabled && input.userId === actor.id) return fail("conflict", "You cannot disable your own account. Ask another admin to do it.");
  return db.$transaction(async (tx) => {
    await lockAdmins(tx);
    const before = await findUser(tx, input.userId);
    if (!before) return userGone();
    if (before.isDisabled === input.isDisabled) return ok({ id: before.id });
    if (input.isDisabled && before.role === "ADMIN" && (await isLastActiveAdmin(tx))) {
      return fail("conflict", `${before.name} is the only active admin and cannot be disabled. Make someone else an admin first.`);
    }
    const after = await tx.user.update({
      where: { id: before.id },
      // Enabling also lifts a sign-in lock, so the user can sign in straight away.
      data: input.isDisabled ? { isDisabled: true, sessionVersion: { increment: 1 } } : { isDisabled: false, failedLoginCount: 0, lockedUntil: null },
      select: snapshotFields,
    });
    const verb = input.isDisabled ? "Disabled" : "Enabled";
    await recordAudit(tx, actor, {
      action: input.isDisabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: after.id,
      summary: `${verb} ${after.email}`,
      before,
      after,
    });
    return ok({ id: after.id });
  });
}

/**
 * A new password ends the user's sessions and lifts a sign-in lock; the user must choose their own
 * at the next sign-in. Returns a generated password once.
 */
export async function resetUserPassword(
  input: ResetPasswordInput,
  actor: Editor,
): Promise<Result<{ id: number; email: string; generatedPassword: string | null }>> {
  if (actor.role !== "ADMIN") return adminsOnly();
  const generatedPassword = input.password === null ? generatePassword() : null;
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  return db.$transaction(async (tx) => {
    const user = await findUser(tx, input.userId);
    if (!user) return userGone();
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 }, failedLoginCount: 0, lockedUntil: null },
    });
    const how = generatedPassword ? "a generated password" : "a password chosen by an admin";
    // Never the hash, nor the password: the record says only that it changed.
    await recordAudit(tx, actor, {
      action: "user.reset-password",
      entityType: "user",
      entityId: user.id,
      summary: `Reset the password of ${user.email} (${how})`,
    });
    return ok({ id: user.id, email: user.email, generatedPassword });
  });
}

/**
 * Changing one's own password, with the current one: the other sessions end (a thief who knew the
 * old password is signed out), this one goes on, and the "must change" flag goes.
 */
export async function changeOwnPassword(
  input: ChangeOwnPasswordInput,
  actor: Editor,
  currentSessionId: string,
): Promise<Result<{ id: number; endedSessions: number }>> {
  const stored = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!stored) return userGone();
  if (!(await verifyPassword(stored.passwordHash, input.currentPassword))) {
    return fail("invalid", "Check the highlighted fields.", { fieldErrors: { currentPassword: ["This is not your current password."] } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false, failedLoginCount: 0, lockedUntil: null } });
    const ended = await tx.session.updateMany({ where: { userId: actor.id, endedAt: null, id: { not: currentSessionId } }, data: { endedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: "user.change-own-password",
      entityType: "user",
      entityId: actor.id,
      summary: `${actor.email} changed their password`,
    });
    return ok({ id: actor.id, endedSessions: ended.count });
  });
}

/** An admin ends one session of a user, or all of them ("sign out everywhere" on their behalf). */
export async function endUserSessions(input: EndUserSessionsInput, actor: Editor): Promise<Result<{ id: number; endedSessions: number }>> {
  if (actor.role !== "ADMIN") return adminsOnly();
  return db.$transaction(async (tx) => {
    const user = await findUser(tx, input.userId);
    if (!user) return userGone();
    const ended = await tx.session.updateMany({
      where: { userId: user.id, endedAt: null, ...(input.sessionId ? { id: input.sessionId } : {}) },
      data: { endedAt: new Date() },
    });
    if (ended.count > 0) {
      const what = input.sessionId ? "a session" : `all ${ended.count} ${ended.count === 1 ? "session" : "sessions"}`;
      await recordAudit(tx, actor, { action: "user.end-sessions", entityType: "user", entityId: user.id, summary: `Ended ${what} of ${user.email}` });
    }
    return ok({ id: user.id, endedSessions: ended.count });
  });
}

function findUser(tx: Tx, id: number): Promise<UserSnapshot | null> {
  return tx.user.findUnique({ where: { id }, select: snapshotFields });
}

// One change to the set of active admins at a time, so two admins demoting each other at once
// cannot leave nobody in charge (the second waits, then counts again).
async function lockAdmins(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7270739)`;
}

async function isLastActiveAdmin(tx: Tx): Promise<boolean> {
  return (await tx.user.count({ where: { role: "ADMIN", isDisabled: false } })) <= 1;
}

const roleName = (user: { role: "ADMIN" | "EDITOR" }) => (user.role === "ADMIN" ? "admin" : "editor");
const describe = (user: UserSnapshot) => `${roleName(user)} ${user.email}`;

// The email is the only unique column a new user can collide on.
function isEmailTaken(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
