import Link from "next/link";
import type { Editor } from "@/lib/auth/session";
import { AdminNav } from "./admin-nav";
import { SignOutButton } from "./sign-out-button";

/** The dashboard's header: site name, sections, who is signed in, their account page, sign out. */
export function AdminHeader({ editor }: { editor: Editor }) {
  return (
    <header className="admin-header">
      <Link href="/admin" className="admin-site-name">
        Smart Cities CMS
      </Link>
      <AdminNav isAdmin={editor.role === "ADMIN"} />
      <div className="admin-account">
        <span>
          Signed in as <strong>{editor.name}</strong> ({editor.role === "ADMIN" ? "admin" : "editor"})
        </span>
        <Link href="/admin/account">Your account</Link>
        <SignOutButton />
      </div>
    </header>
  );
}
