import type { Metadata } from "next";
import Link from "next/link";
import { LIST_PAGE_SIZE, parseListViewRequest, pastTheEndProblems, type SearchParams } from "@/components/admin/ordered-list/list-view";
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

export default async function FaqPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor();
  const { request, problems } = parseListViewRequest(await searchParams);
  const { published, drafts, publishedCount, listVersion, view } = await faqEntriesForEditor({ ...request, pageSize: LIST_PAGE_SIZE });
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
        published={published.map(toRow)}
        publishedCount={publishedCount}
        drafts={drafts.map(toRow)}
        view={view}
        problems={[...problems, ...pastTheEndProblems(request, view)]}
        listVersion={listVersion}
        basePath="/admin/faq"
        words={{ place: "position", one: "entry", list: "FAQ", searchHint: "Question" }}
        moveAction={moveFaqEntryAction}
        statusAction={setFaqEntryStatusAction}
      />
    </>
  );
}
