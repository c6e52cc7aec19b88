import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import { DatabaseUnreachableError, isDatabaseUnreachable } from "../database/errors";
import { REQUEST_PATH_HEADER, safeCallbackPath } from "./callback-url";
import { authOptions } from "./options";

/** The signed-in person, as every page and action sees them. Role comes from the database, not the cookie. */
export type Editor = { id: number; email: string; name: string; role: "ADMIN" | "EDITOR" };

/** What the session cookie claims: who, and which of their session versions. */
export type SessionClaims = { userId: number; sessionVersion: number };

/**
 * The editor behind a session: null unless the user still exists, is not disabled and the session's
 * version is still theirs. Disabling a user, changing their role or resetting their password bumps
 * sessionVersion, so their open sessions end at once.
 */
export async function editorForSession(claims: SessionClaims | null): Promise<Editor | null> {
  if (!claims) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, role: true, isDisabled: true, sessionVersion: true },
  });
  if (!user || user.isDisabled || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * The signed-in editor, or null. Read once per request (layout and page share the answer). An
 * unreachable database throws DatabaseUnreachableError, which the dashboard shows as such.
 */
export const currentEditor = cache(async (): Promise<Editor | null> => {
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
  if (!Number.isSafeInteger(userId) || !Number.isSafeInteger(sessionVersion)) return null;
  return { userId: userId!, sessionVersion: sessionVersion! };
}

/** For pages: the signed-in editor, or a redirect to the login page that comes back here afterwards. */
export async function requireEditor(): Promise<Editor> {
  const editor = await currentEditor();
  if (!editor) redirect(await loginUrlForThisRequest());
  return editor;
}

/** For admin-only pages: as requireEditor, and a 403 "You do not have access" page (app/admin/forbidden.tsx) for editors. */
export async function requireAdmin(): Promise<Editor> {
  const editor = await requireEditor();
  if (editor.role !== "ADMIN") forbidden();
  return editor;
}

async function loginUrlForThisRequest(): Promise<string> {
  const path = safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER));
  return `/login?${new URLSearchParams({ callbackUrl: path })}`;
}
