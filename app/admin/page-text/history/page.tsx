import type { Metadata } from "next";
import { RevisionHistory, restoredMessage } from "@/components/admin/revision-history";
import { PageHeader } from "@/components/ui/page-header";
import { requireEditor } from "@/lib/auth/session";
import { fieldNamesOf } from "@/lib/content-fields";
import { pageTextForEditing } from "@/lib/listing/editor-queries";
import { pageTextContentSchema } from "@/lib/listing/schema";
import { LISTING_ID } from "@/lib/listing/the-listing";
import { revisionHistoryView, type HistorySearch } from "@/lib/revisions/queries";
import { revisionHistoryPath } from "@/lib/revisions/paths";
import { restorePageTextRevisionAction } from "../actions";

export const metadata: Metadata = { title: "Page text history" };

export default async function PageTextHistoryPage({ searchParams }: { searchParams: Promise<HistorySearch & { restored?: string }> }) {
  await requireEditor();
  const [{ version }, search] = await Promise.all([pageTextForEditing(), searchParams]);
  const view = await revisionHistoryView("listing", LISTING_ID, search, fieldNamesOf(pageTextContentSchema));
  const restored = restoredMessage(search.restored, view.newest);
  return (
    <>
      <PageHeader
        title="History of the page text"
        back={{ href: "/admin/page-text", label: "Page text" }}
        description="Every saved page text, newest first. Compare any two; restoring an older one saves it as a new revision, so nothing is lost."
      >
        {restored ? <p role="status">{restored}</p> : null}
      </PageHeader>
      <RevisionHistory view={view} path={revisionHistoryPath("listing", LISTING_ID)!} version={version} restore={restorePageTextRevisionAction} />
    </>
  );
}
