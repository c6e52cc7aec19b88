import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResetPasswordForm } from "@/components/admin/users/reset-password-form";
import { roleLabel, userState } from "@/components/admin/users/user-labels";
import { UserFacts } from "@/components/admin/users/user-facts";
import { UserRoleForm } from "@/components/admin/users/user-role-form";
import { UserSessionsControl } from "@/components/admin/users/user-sessions-control";
import { UserStatusControl } from "@/components/admin/users/user-status-control";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { openSessionsOf } from "@/lib/auth/server-sessions";
import { requireAdmin } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format-date";
import { userForAdmin } from "@/lib/users/queries";
import { userIdSchema } from "@/lib/users/schema";
import { changeUserRoleAction, endUserSessionsAction, resetUserPasswordAction, setUserDisabledAction } from "../actions";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdmin();
  const id = userIdSchema.safeParse((await params).id);
  const user = id.success ? await userForAdmin(id.data) : null;
  if (!user) notFound();
  const isSelf = user.id === admin.id;
  const sessions = await openSessionsOf(user.id);

  return (
    <>
      <PageHeader title={isSelf ? `${user.name} (you)` : user.name} actions={<Link href="/admin/users">All users</Link>} />
      <UserFacts
        facts={[
          ["Email", user.email],
          ["Role", roleLabel(user.role)],
          ["Status", userState(user).label],
          ["Last sign-in", user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Never"],
          ["Password", user.mustChangePassword ? "Set by an admin or generated: to be changed at the next sign-in" : "Chosen by the user"],
          ["Added", formatDateTime(user.createdAt)],
        ]}
      />

      <Section headingId="role-heading" title="Role">
        <UserRoleForm key={user.id} user={user} isSelf={isSelf} changeRole={changeUserRoleAction} />
      </Section>

      <Section headingId="status-heading" title="Account">
        <UserStatusControl user={user} isSelf={isSelf} setDisabled={setUserDisabledAction} />
      </Section>

      <Section headingId="sessions-heading" title="Sessions">
        <UserSessionsControl user={user} sessions={sessions} endSessions={endUserSessionsAction} />
      </Section>

      <Section headingId="password-heading" title="Password">
        <ResetPasswordForm userId={user.id} isSelf={isSelf} resetPassword={resetUserPasswordAction} />
      </Section>
    </>
  );
}
