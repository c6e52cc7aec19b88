import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResetPasswordForm } from "@/components/admin/users/reset-password-form";
import { formatDateTime, roleLabel, userState } from "@/components/admin/users/user-labels";
import { UserRoleForm } from "@/components/admin/users/user-role-form";
import { UserSessionsControl } from "@/components/admin/users/user-sessions-control";
import { UserStatusControl } from "@/components/admin/users/user-status-control";
import { PageHeader } from "@/components/ui/page-header";
import { openSessionsOf } from "@/lib/auth/server-sessions";
import { requireAdmin } from "@/lib/auth/session";
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
      <dl className="user-facts">
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{roleLabel(user.role)}</dd>
        <dt>Status</dt>
        <dd>{userState(user).label}</dd>
        <dt>Last sign-in</dt>
        <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Never"}</dd>
        <dt>Password</dt>
        <dd>{user.mustChangePassword ? "Set by an admin or generated: to be changed at the next sign-in" : "Chosen by the user"}</dd>
        <dt>Added</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
      </dl>

      <section className="admin-section" aria-labelledby="role-heading">
        <h2 id="role-heading">Role</h2>
        <UserRoleForm key={user.id} user={user} isSelf={isSelf} changeRole={changeUserRoleAction} />
      </section>

      <section className="admin-section" aria-labelledby="status-heading">
        <h2 id="status-heading">Account</h2>
        <UserStatusControl user={user} isSelf={isSelf} setDisabled={setUserDisabledAction} />
      </section>

      <section className="admin-section" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        <UserSessionsControl key={sessions.map((session) => session.id).join()} user={user} sessions={sessions} endSessions={endUserSessionsAction} />
      </section>

      <section className="admin-section" aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        <ResetPasswordForm userId={user.id} isSelf={isSelf} resetPassword={resetUserPasswordAction} />
      </section>
    </>
  );
}
