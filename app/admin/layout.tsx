import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./base.css";
import { headers } from "next/headers";
import { AdminHeader } from "@/components/admin/admin-header";
import { DatabaseUnreachable } from "@/components/admin/database-unreachable";
import { REQUEST_PATH_HEADER, safeCallbackPath } from "@/lib/auth/callback-url";
import { requireSession } from "@/lib/auth/session";
import { isDatabaseUnreachable } from "@/lib/database/errors";
import styles from "./layout.module.css";
import Link from "next/link";
import { editionInPreparation } from "@/lib/editions/editor-queries";

export const metadata: Metadata = {
  title: { template: "%s · Dashboard · Smart Cities", default: "Dashboard · Smart Cities" },
  robots: { index: false, follow: false },
};

// The shell of every dashboard page. Layouts are not re-run on every navigation, so each page
// still calls requireEditor()/requireAdmin() itself (and those send someone who must change their
// password to /admin/account, which this shell also frames).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  let editor;
  let preparing;
  try {
    editor = await requireSession();
    preparing = await editionInPreparation();
  } catch (error) {
    // Checking the session is every page's first read: without a database, say so instead of an error page.
    if (!isDatabaseUnreachable(error)) throw error;
    return (
      <div className="admin">
        <main id="main-content" tabIndex={-1} className={styles.main}>
          <DatabaseUnreachable retryHref={safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER))} />
        </main>
      </div>
    );
  }
  return (
    <div className="admin">
      <a href="#main-content" className={styles.skipLink}>
        Skip to content
      </a>
      <AdminHeader editor={editor} />
      <main id="main-content" tabIndex={-1} className={styles.main}>
        {preparing ? (
          <p className={styles.editionNotice} role="note">
            You are preparing the {preparing.workingYear} edition: readers see {preparing.shownYear} until it is published.{" "}
            <Link href="/admin/editions">Editions</Link>
          </p>
        ) : null}
        {children}
      </main>
    </div>
  );
}
