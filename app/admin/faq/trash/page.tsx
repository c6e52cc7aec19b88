import type { Metadata } from "next";
import { TrashList } from "@/components/admin/trash-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireEditor } from "@/lib/auth/session";
import { trashedFaqEntries } from "@/lib/faq/editor-queries";
import { deleteFaqEntryForeverAction, restoreFaqEntryAction } from "../actions";

export const metadata: Metadata = { title: "FAQ entries in the trash" };

export default async function FaqTrashPage() {
  await requireEditor();
  const entries = await trashedFaqEntries();
  const rows = entries.map((entry) => ({
    id: entry.id,
    title: entry.question,
    detail: entry.status === "PUBLISHED" ? "Published; returns to its old position" : "A draft",
    deletedAt: entry.deletedAt!.toISOString(),
    deletedBy: entry.updatedBy?.name ?? null,
  }));
  return (
    <>
      <PageHeader title="FAQ entries in the trash" back={{ href: "/admin/faq", label: "FAQ" }} />
      <TrashList rows={rows} restore={restoreFaqEntryAction} deleteForever={deleteFaqEntryForeverAction} noun="Entry" />
    </>
  );
}
