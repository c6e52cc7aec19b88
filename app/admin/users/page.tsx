import type { Metadata } from "next";
import Link from "next/link";
import { UsersTable } from "@/components/admin/users/users-table";
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
          <Link href="/admin/users/new" className="admin-button" data-variant="primary">
            Add a user
          </Link>
        }
      />
      <UsersTable users={users} currentUserId={admin.id} />
    </>
  );
}
