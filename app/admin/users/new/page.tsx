import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/users/create-user-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/session";
import { createUserAction } from "../actions";

export const metadata: Metadata = { title: "Add a user" };

export default async function NewUserPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader title="Add a user" description="They sign in with this email and the password you set here." />
      <CreateUserForm create={createUserAction} />
    </>
  );
}
