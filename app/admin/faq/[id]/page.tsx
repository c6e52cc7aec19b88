import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FaqForm } from "@/components/admin/faq-form";
import { StatusControls } from "@/components/admin/status-controls";
import { SchedulePublication } from "@/components/admin/schedule-publication";
import { PageHeader } from "@/components/ui/page-header";
import { pendingScheduleOf } from "@/lib/scheduling/queries";
import { cancelScheduleAction } from "../../scheduled/actions";
import { requireEditor } from "@/lib/auth/session";
import { faqEntryForEditing } from "@/lib/faq/editor-queries";
import { faqEntryFormValues } from "@/lib/faq/fields";
import { formatTimestamp } from "@/lib/format-date";
import { previewMarkdownAction } from "../../actions";
import { scheduleFaqEntryPublicationAction, setFaqEntryStatusAction, trashFaqEntryAction, updateFaqEntryAction } from "../actions";

export const metadata: Metadata = { title: "Edit FAQ entry" };

export default async function EditFaqEntryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  await requireEditor();
  const { id } = await params;
  const entryId = Number(id);
  const entry = Number.isSafeInteger(entryId) && entryId > 0 ? await faqEntryForEditing(entryId) : null;
  if (!entry) notFound();
  const { saved } = await searchParams;
  const schedule = entry.status === "DRAFT" ? await pendingScheduleOf("faq", entry.id) : null;
  return (
    <>
      <PageHeader
        title="Edit FAQ entry"
        back={{ href: "/admin/faq", label: "FAQ" }}
        description={
          <>
            Version {entry.version}, last saved {formatTimestamp(entry.updatedAt)}
            {entry.updatedBy ? ` by ${entry.updatedBy.name}` : ""}. <Link href={`/admin/faq/${entry.id}/history`}>Revisions</Link> (compare and restore older
            texts) · <Link href={`/admin/activity?type=faq&record=${entry.id}`}>Activity of this entry</Link>
          </>
        }
      >
        {saved === "created" ? <p role="status">The entry was created.</p> : null}
      </PageHeader>
      <StatusControls
        entry={{
          id: entry.id,
          title: entry.question,
          version: entry.version,
          status: entry.status,
          position: entry.position,
          plannedPosition: entry.plannedPosition,
          publicHref: entry.position ? "/#faq" : null,
        }}
        place="position"
        trashHref="/admin/faq/trash"
        setStatus={setFaqEntryStatusAction}
        trash={trashFaqEntryAction}
      />
      {entry.status === "DRAFT" ? (
        <SchedulePublication
          id={entry.id}
          pending={schedule && { scheduleId: schedule.id, publishAt: schedule.publishAt.toISOString(), by: schedule.createdByEmail }}
          schedule={scheduleFaqEntryPublicationAction}
          cancel={cancelScheduleAction}
        />
      ) : null}
      <FaqForm
        mode="edit"
        isPublished={entry.status === "PUBLISHED"}
        initial={faqEntryFormValues(entry)}
        save={updateFaqEntryAction}
        preview={previewMarkdownAction}
      />
    </>
  );
}
