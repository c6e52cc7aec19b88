import type { Metadata } from "next";
import Link from "next/link";
import { FaqForm } from "@/components/admin/faq-form";
import { requireEditor } from "@/lib/auth/session";
import { newFaqEntryFormValues } from "@/lib/faq/fields";
import { previewMarkdownAction } from "../../actions";
import { createFaqEntryAction } from "../actions";

export const metadata: Metadata = { title: "New FAQ entry" };

export default async function NewFaqEntryPage() {
  await requireEditor();
  return (
    <>
      <header className="admin-page-header">
        <p>
          <Link href="/admin/faq">← FAQ</Link>
        </p>
        <h1>New FAQ entry</h1>
      </header>
      <FaqForm mode="create" initial={newFaqEntryFormValues()} save={createFaqEntryAction} preview={previewMarkdownAction} />
    </>
  );
}
