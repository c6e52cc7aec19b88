"use server";

import { editorAction } from "@/lib/auth/actions";
import { currentEditor } from "@/lib/auth/session";
import { fail } from "@/lib/result";
import { changeOwnPassword } from "@/lib/users/mutations";
import { changeOwnPasswordSchema } from "@/lib/users/schema";

// Any signed-in user, for their own account only; allowed while a password set by someone else must be changed.
const OWN_ACCOUNT = { whilePasswordMustChange: true } as const;

/** The session this request runs in (editorAction has checked it already; read once per request). */
async function thisSessionId(): Promise<string | null> {
  return (await currentEditor())?.sessionId ?? null;
}

export const changeOwnPasswordAction = editorAction(
  changeOwnPasswordSchema,
  async (input, editor) => {
    const sessionId = await thisSessionId();
    if (!sessionId) return fail("unauthorized", "Your session has ended. Sign in again.");
    return changeOwnPassword(input, editor, sessionId);
  },
  OWN_ACCOUNT,
);
