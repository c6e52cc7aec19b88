import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/admin/account/change-password-form";
import { SignOutEverywhereButton } from "@/components/admin/account/sign-out-everywhere-button";
import { SessionList } from "@/components/admin/users/session-list";
import { PageHeader } from "@/components/ui/page-header";
import { openSessionsOf } from "@/lib/auth/server-sessions";
import { requireSession } from "@/lib/auth/session";
import { changeOwnPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

/** Every signed-in user's own page: change the password, see and end their sessions. Reachable while the password must be changed. */
export default async function AccountPage() {
  const editor = await requireSession();
  const sessions = await openSessionsOf(editor.id);

  return (
    <>
      <PageHeader title="Your account" />
      {editor.mustChangePassword ? (
        <div role="alert" className="form-alert" data-tone="info">
          Your password was set by someone else. Choose your own to continue.
        </div>
      ) : null}
      <dl className="user-facts">
        <dt>Email</dt>
        <dd>{editor.email}</dd>
        <dt>Role</dt>
        <dd>{editor.role === "ADMIN" ? "Admin" : "Editor"}</dd>
      </dl>

      <section className="admin-section" aria-labelledby="password-heading">
        <h2 id="password-heading">Change your password</h2>
        <ChangePasswordForm changePassword={changeOwnPasswordAction} mustChange={editor.mustChangePassword} />
      </section>

      <section className="admin-section" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Where you are signed in</h2>
        <SessionList sessions={sessions} currentSessionId={editor.sessionId} />
        <SignOutEverywhereButton />
      </section>
    </>
  );
}
