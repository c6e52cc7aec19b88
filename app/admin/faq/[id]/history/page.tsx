import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionHistory, restoredMessage } from "@/components/admin/revision-history";
import { PageHeader } from "@/components/ui/page-header";
import { requireEditor } from "@/lib/auth/session";
import { fieldNamesOf } from "@/lib/content-fields";
import { faqEntryForEditing } from "@/lib/faq/editor-queries";
import { faqFieldsSchema } from "@/lib/faq/schema";
import { revisionHistoryView, type HistorySearch } from "@/lib/revisions/queries";
import { revisionHistoryPath } from "@/lib/revisions/paths";
import { restoreFaqRevisionAction } from "../../actions";

export const metadata: Metadata = { title: "FAQ entry history" };

export default async function FaqEntryHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<HistorySearch & { restored?: string }>;
}) {
  await requireEditor();
  const entryId = Number((await params).id);
  const entry = Number.isSafeInteger(entryId) && entryId > 0 ? await faqEntryForEditing(entryId) : null;
  if (!entry) notFound();
  const search = await searchParams;
  const view = await revisionHistoryView("faq", entry.id, search, fieldNamesOf(faqFieldsSchema));
  const restored = restoredMessage(search.restored, view.newest);
  return (
    <>
      <PageHeader
        title="History of an FAQ entry"
        back={{ href: `/admin/faq/${entry.id}`, label: "Edit FAQ entry" }}
        description={`“${entry.question}”: every saved text, newest first. Compare any two; restoring an older one saves it as a new revision, so nothing is lost.`}
      >
        {restored ? <p role="status">{restored}</p> : null}
      </PageHeader>
      <RevisionHistory view={view} path={revisionHistoryPath("faq", entry.id)!} version={entry.version} id={entry.id} restore={restoreFaqRevisionAction} />
    </>
  );
}
