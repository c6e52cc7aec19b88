import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import { DatabaseUnreachableError, isDatabaseUnreachable } from "../database/errors";
import { REQUEST_PATH_HEADER, safeCallbackPath } from "./callback-url";
import { authOptions } from "./options";
import { touchSession } from "./server-sessions";

/** The signed-in person, as every page and action sees them. Role comes from the database, not the cookie. */
export type Editor = { id: number; email: string; name: string; role: "ADMIN" | "EDITOR" };

/** The editor behind this request's session, with what only the session knows. */
export type SignedInEditor = Editor & {
  /** The server-side session (lib/auth/server-sessions.ts) this request runs in. */
  sessionId: string;
  /** Someone else chose the password: the dashboard sends them to /admin/account, and actions refuse until they change it. */
  mustChangePassword: boolean;
};

/** What the session cookie claims: who, which of their session versions, and which server-side session. */
export type SessionClaims = { userId: number; sessionVersion: number; sessionId: string };

/**
 * The editor behind a session: null unless the server-side session exists, belongs to the user,
 * was not ended (sign-out, "sign out everywhere", an admin) and has not outlived its absolute
 * lifetime, and the user still exists, is not disabled and the session's version is still theirs.
 * Disabling a user, changing their role or resetting their password bumps sessionVersion, so their
 * open sessions end at once.
 */
export async function editorForSession(claims: SessionClaims | null): Promise<SignedInEditor | null> {
  if (!claims) return null;
  const session = await db.session.findUnique({
    where: { id: claims.sessionId },
    select: {
      userId: true,
      endedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, isDisabled: true, sessionVersion: true, mustChangePassword: true } },
    },
  });
  if (!session || session.endedAt !== null || session.expiresAt <= new Date() || session.userId !== claims.userId) return null;
  const { user } = session;
  if (user.isDisabled || user.sessionVersion !== claims.sessionVersion) return null;
  await touchSession(claims.sessionId);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: claims.sessionId, mustChangePassword: user.mustChangePassword };
}

/**
 * The signed-in editor, or null. Read once per request (layout and page share the answer). An
 * unreachable database throws DatabaseUnreachableError, which the dashboard shows as such.
 */
export const currentEditor = cache(async (): Promise<SignedInEditor | null> => {
  try {
    return await editorForSession(await sessionClaims());
  } catch (error) {
    throw isDatabaseUnreachable(error) ? new DatabaseUnreachableError(error) : error;
  }
});

async function sessionClaims(): Promise<SessionClaims | null> {
  const session = await getServerSession(authOptions);
  const userId = session?.userId;
  const sessionVersion = session?.sessionVersion;
  const sessionId = session?.sessionId;
  if (!Number.isSafeInteger(userId) || !Number.isSafeInteger(sessionVersion) || typeof sessionId !== "string") return null;
  return { userId: userId!, sessionVersion: sessionVersion!, sessionId };
}

/** For pages: the signed-in editor, or a redirect to the login page that comes back here afterwards. */
export async function requireEditor(): Promise<SignedInEditor> {
  const editor = await requireSession();
  if (editor.mustChangePassword) redirect(PASSWORD_CHANGE_PATH);
  return editor;
}

/** Where someone whose password was set by someone else chooses their own. */
export const PASSWORD_CHANGE_PATH = "/admin/account";

/** For the account page only: signed in, even while the password must still be changed. */
export async function requireSession(): Promise<SignedInEditor> {
  const editor = await currentEditor();
  if (!editor) redirect(await loginUrlForThisRequest());
  return editor;
}

/** For admin-only pages: as requireEditor, and a 403 "You do not have access" page (app/admin/forbidden.tsx) for editors. */
export async function requireAdmin(): Promise<SignedInEditor> {
  const editor = await requireEditor();
  if (editor.role !== "ADMIN") forbidden();
  return editor;
}

async function loginUrlForThisRequest(): Promise<string> {
  const path = safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER));
  return `/login?${new URLSearchParams({ callbackUrl: path })}`;
}
