import type { Metadata } from "next";
import { LIST_PAGE_SIZE, parseListViewRequest, pastTheEndProblems, type SearchParams } from "@/components/admin/ordered-list/list-view";
import { OrderedListEditor } from "@/components/admin/ordered-list/ordered-list-editor";
import type { OrderedRow } from "@/components/admin/ordered-list/types";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireEditor } from "@/lib/auth/session";
import { previewHref } from "@/lib/preview/paths";
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
      <PageHeader
        title="FAQ"
        description="The questions in the order readers see them. Every move is saved at once."
        actionsLabel="FAQ actions"
        actions={
          <>
            <ButtonLink href="/admin/faq/new" variant="primary">
              New entry
            </ButtonLink>
            <ButtonLink href="/admin/faq/trash">Trash</ButtonLink>
            <ButtonLink plain href={previewHref("/")}>
              Preview the site with drafts
            </ButtonLink>
          </>
        }
      />
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
