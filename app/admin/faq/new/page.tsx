import type { Metadata } from "next";
import { FaqForm } from "@/components/admin/faq-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireEditor } from "@/lib/auth/session";
import { newFaqEntryFormValues } from "@/lib/faq/fields";
import { previewMarkdownAction } from "../../actions";
import { createFaqEntryAction } from "../actions";

export const metadata: Metadata = { title: "New FAQ entry" };

export default async function NewFaqEntryPage() {
  await requireEditor();
  return (
    <>
      <PageHeader title="New FAQ entry" back={{ href: "/admin/faq", label: "FAQ" }} />
      <FaqForm mode="create" initial={newFaqEntryFormValues()} save={createFaqEntryAction} preview={previewMarkdownAction} />
    </>
  );
}
