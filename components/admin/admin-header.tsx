import Link from "next/link";
import type { Editor } from "@/lib/auth/session";
import styles from "./admin-header.module.css";
import { AdminNav } from "./admin-nav";
import { SignOutButton } from "./sign-out-button";

/** The dashboard's header: site name, sections, who is signed in, their account page, sign out. */
export function AdminHeader({ editor }: { editor: Editor }) {
  return (
    <header className={styles.header}>
      <Link href="/admin" className={styles.siteName}>
        Smart Cities CMS
      </Link>
      <AdminNav isAdmin={editor.role === "ADMIN"} />
      <div className={styles.account}>
        <span>
          Signed in as <strong>{editor.name}</strong> ({editor.role === "ADMIN" ? "admin" : "editor"})
        </span>
        <Link href="/admin/account">Your account</Link>
        <SignOutButton />
      </div>
    </header>
  );
}
