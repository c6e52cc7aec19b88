import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@/components/admin/admin.css";
import "@/components/admin/content-editing.css";
import { AdminHeader } from "@/components/admin/admin-header";
import { requireEditor } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: { template: "%s · Dashboard · Smart Cities", default: "Dashboard · Smart Cities" },
  robots: { index: false, follow: false },
};

// The shell of every dashboard page. Layouts are not re-run on every navigation, so each page
// still calls requireEditor()/requireAdmin() itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const editor = await requireEditor();
  return (
    <div className="admin">
      <a href="#main-content" className="skip-link">
        Skip to content
      </a>
      <AdminHeader editor={editor} />
      <main id="main-content" tabIndex={-1} className="admin-main">
        {children}
      </main>
    </div>
  );
}
