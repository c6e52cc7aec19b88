import type { Metadata } from "next";
import Link from "next/link";
import { OrderedListEditor } from "@/components/admin/ordered-list/ordered-list-editor";
import type { OrderedRow } from "@/components/admin/ordered-list/types";
import { requireEditor } from "@/lib/auth/session";
import { faqEntriesForEditor, type FaqEntryForEditor } from "@/lib/faq/editor-queries";
import { moveFaqEntryAction, setFaqEntryStatusAction } from "./actions";

export const metadata: Metadata = { title: "FAQ" };

const toRow = (entry: FaqEntryForEditor): OrderedRow => ({
  id: entry.id,
  title: entry.question,
  detail: entry.status === "PUBLISHED" ? "Published" : "Draft",
  status: entry.status,
  position: entry.position,
  plannedPosition: entry.plannedPosition,
  version: entry.version,
  editHref: `/admin/faq/${entry.id}`,
  publicHref: entry.position ? `/#faq` : null,
  updatedAt: entry.updatedAt.toISOString(),
  updatedBy: entry.updatedBy?.name ?? null,
});

export default async function FaqPage() {
  await requireEditor();
  const { entries, listVersion } = await faqEntriesForEditor();
  return (
    <>
      <header className="admin-page-header">
        <h1>FAQ</h1>
        <p>The questions in the order readers see them. Every move is saved at once.</p>
        <nav aria-label="FAQ actions" className="admin-page-actions">
          <Link href="/admin/faq/new" className="admin-button" data-variant="primary">
            New entry
          </Link>
          <Link href="/admin/faq/trash" className="admin-button">
            Trash
          </Link>
        </nav>
      </header>
      <OrderedListEditor
        published={entries.filter((entry) => entry.position !== null).map(toRow)}
        drafts={entries.filter((entry) => entry.position === null).map(toRow)}
        listVersion={listVersion}
        words={{ place: "position", one: "entry", list: "FAQ" }}
        moveAction={moveFaqEntryAction}
        statusAction={setFaqEntryStatusAction}
      />
    </>
  );
}
