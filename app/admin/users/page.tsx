import type { Metadata } from "next";
import { UsersTable } from "@/components/admin/users/users-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/session";
import { usersForAdmin } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requireAdmin();
  const users = await usersForAdmin();
  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in to the dashboard. Editors edit the content; admins also manage users. Open a user to change their role, disable them or reset their password."
        actions={
          <ButtonLink href="/admin/users/new" variant="primary">
            Add a user
          </ButtonLink>
        }
      />
      <UsersTable users={users} currentUserId={admin.id} />
    </>
  );
}
