"use server";

import { revalidatePath } from "next/cache";
import { editorAction } from "@/lib/auth/actions";
import type { Result } from "@/lib/result";
import { changeUserRole, createUser, endUserSessions, resetUserPassword, setUserDisabled } from "@/lib/users/mutations";
import { changeRoleSchema, createUserSchema, endUserSessionsSchema, resetPasswordSchema, setUserDisabledSchema } from "@/lib/users/schema";

// Admins only: editorAction checks the session and the ADMIN role, then parses the input (ids included).

const ADMIN_ONLY = { role: "ADMIN" } as const;

async function refreshUserPages<T>(result: Promise<Result<T>>): Promise<Result<T>> {
  const outcome = await result;
  if (outcome.ok) revalidatePath("/admin/users", "layout");
  return outcome;
}

export const createUserAction = editorAction(createUserSchema, (input, editor) => refreshUserPages(createUser(input, editor)), ADMIN_ONLY);

export const changeUserRoleAction = editorAction(changeRoleSchema, (input, editor) => refreshUserPages(changeUserRole(input, editor)), ADMIN_ONLY);

export const setUserDisabledAction = editorAction(setUserDisabledSchema, (input, editor) => refreshUserPages(setUserDisabled(input, editor)), ADMIN_ONLY);

export const resetUserPasswordAction = editorAction(resetPasswordSchema, (input, editor) => refreshUserPages(resetUserPassword(input, editor)), ADMIN_ONLY);

export const endUserSessionsAction = editorAction(endUserSessionsSchema, (input, editor) => refreshUserPages(endUserSessions(input, editor)), ADMIN_ONLY);
