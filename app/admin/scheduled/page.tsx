import type { Metadata } from "next";
import Link from "next/link";
import { CancelScheduleButton } from "@/components/admin/cancel-schedule-button";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table } from "@/components/ui/table";
import { requireEditor } from "@/lib/auth/session";
import { formatTimestamp } from "@/lib/format-date";
import { schedulesOverview, type ScheduleRow } from "@/lib/scheduling/queries";
import { cancelScheduleAction } from "./actions";

export const metadata: Metadata = { title: "Scheduled" };

const editPath = (row: ScheduleRow) =>
  row.entityType === "edition" ? "/admin/editions" : row.entityType === "city" ? `/admin/cities/${row.entityId}` : `/admin/faq/${row.entityId}`;
const KIND: Record<string, string> = { city: "city", faq: "FAQ entry", edition: "edition" };
const OUTCOME: Record<string, string> = { done: "Published", failed: "Not published", cancelled: "Cancelled" };

export default async function ScheduledPage() {
  await requireEditor();
  const { pending, finished } = await schedulesOverview();
  return (
    <>
      <PageHeader
        title="Scheduled"
        description="Drafts set to be published at a given time (UTC). Schedule one from the draft's own page; the app publishes it within half a minute of its time."
      />
      <Section headingId="pending-title" title={`Waiting (${pending.length})`}>
        {pending.length === 0 ? (
          <p>Nothing is scheduled.</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Publish at</th>
                <th scope="col">Set by</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {pending.map((row) => (
                <tr key={row.id} data-testid="scheduled-row">
                  <th scope="row">
                    <Link href={editPath(row)}>{row.title}</Link> ({KIND[row.entityType] ?? row.entityType})
                  </th>
                  <td>
                    <time dateTime={row.publishAt.toISOString()}>{formatTimestamp(row.publishAt)}</time>
                  </td>
                  <td>{row.createdByEmail}</td>
                  <td>
                    <CancelScheduleButton scheduleId={row.id} title={row.title} cancel={cancelScheduleAction} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
      <Section headingId="finished-title" title="Recently finished">
        {finished.length === 0 ? (
          <p>No schedule has finished yet.</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Was set for</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {finished.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.title}</th>
                  <td>{formatTimestamp(row.publishAt)}</td>
                  <td>
                    {OUTCOME[row.state] ?? row.state}
                    {row.finishedAt ? ` at ${formatTimestamp(row.finishedAt)}` : ""}
                    {row.outcome ? `: ${row.outcome}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
    </>
  );
}
