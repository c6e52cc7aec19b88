import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/admin/account/change-password-form";
import { SignOutEverywhereButton } from "@/components/admin/account/sign-out-everywhere-button";
import { SessionList } from "@/components/admin/users/session-list";
import { UserFacts } from "@/components/admin/users/user-facts";
import { roleLabel } from "@/components/admin/users/user-labels";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { FormAlert } from "@/components/ui/status-message";
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
        <FormAlert role="alert" tone="info">
          Your password was set by someone else. Choose your own to continue.
        </FormAlert>
      ) : null}
      <UserFacts
        facts={[
          ["Email", editor.email],
          ["Role", roleLabel(editor.role)],
        ]}
      />

      <Section headingId="password-heading" title="Change your password">
        <ChangePasswordForm changePassword={changeOwnPasswordAction} mustChange={editor.mustChangePassword} />
      </Section>

      <Section headingId="sessions-heading" title="Where you are signed in">
        <SessionList sessions={sessions} currentSessionId={editor.sessionId} />
        <SignOutEverywhereButton />
      </Section>
    </>
  );
}
