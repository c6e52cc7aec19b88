import type { Metadata } from "next";
import Link from "next/link";
import { PublishEditionButton } from "@/components/admin/publish-edition-button";
import { StartEditionForm } from "@/components/admin/start-edition-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table } from "@/components/ui/table";
import { requireEditor } from "@/lib/auth/session";
import { editionsOverview } from "@/lib/editions/editor-queries";
import { editionPath } from "@/lib/editions/paths";
import { formatTimestamp } from "@/lib/format-date";
import { previewHref } from "@/lib/preview/paths";
import { publishEditionAction, scheduleEditionAction, startNextEditionAction } from "./actions";
import { SchedulePublication } from "@/components/admin/schedule-publication";
import { pendingScheduleOf } from "@/lib/scheduling/queries";
import { cancelScheduleAction } from "../scheduled/actions";

export const metadata: Metadata = { title: "Editions" };

export default async function EditionsPage() {
  const editor = await requireEditor();
  const { workingYear, publishedCount, shownToReaders, archived } = await editionsOverview();
  const isAdmin = editor.role === "ADMIN";
  const schedule = shownToReaders ? await pendingScheduleOf("edition", workingYear) : null;
  return (
    <>
      <PageHeader
        title="Editions"
        description="Each year's ranking is an edition. Prepare the next one while readers keep seeing the current one unchanged, publish it when it is ready, and every earlier edition stays readable at its own address."
      />
      {shownToReaders ? (
        <Section headingId="in-preparation-title" title={`Preparing the ${workingYear} edition`}>
          <p>
            Readers see the {shownToReaders.year} edition ({shownToReaders.count} cities) exactly as it was on {formatTimestamp(shownToReaders.frozenAt)}.
            Everything you change in <Link href="/admin/cities">Cities</Link>, <Link href="/admin/faq">FAQ</Link> and{" "}
            <Link href="/admin/page-text">Page text</Link> is the {workingYear} edition: {publishedCount} published {publishedCount === 1 ? "city" : "cities"}{" "}
            so far.
          </p>
          <p>
            <a href={previewHref("/")}>Preview the {workingYear} edition on the site</a> (only editors see it).
          </p>
          {isAdmin ? (
            <PublishEditionButton year={workingYear} shownYear={shownToReaders.year} publishEdition={publishEditionAction} />
          ) : (
            <p>An admin publishes the edition.</p>
          )}
        </Section>
      ) : null}
      {shownToReaders && isAdmin ? (
        <SchedulePublication
          id={workingYear}
          pending={schedule && { scheduleId: schedule.id, publishAt: schedule.publishAt.toISOString(), by: schedule.createdByEmail }}
          schedule={scheduleEditionAction}
          cancel={cancelScheduleAction}
        />
      ) : null}
      {shownToReaders ? null : (
        <Section headingId="next-edition-title" title="Start the next edition">
          <p>
            Readers see the {workingYear} edition: {publishedCount} published {publishedCount === 1 ? "city" : "cities"}. Starting the next edition keeps{" "}
            {workingYear} exactly as readers see it now, at every public address, while you rework the ranking, the cities, the FAQ and the page text as the
            next year&rsquo;s. Nothing reaches readers until you publish it; then {workingYear} becomes an archive at <code>/{workingYear}</code> and the list
            shows each city&rsquo;s move since it.
          </p>
          {isAdmin ? <StartEditionForm currentYear={workingYear} startNextEdition={startNextEditionAction} /> : <p>Only an admin can start an edition.</p>}
        </Section>
      )}
      <Section headingId="archived-editions-title" title={`Archived editions (${archived.length})`}>
        {archived.length === 0 ? (
          <p>No edition is archived yet.</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <th scope="col">Edition</th>
                <th scope="col">Title</th>
                <th scope="col">Cities</th>
                <th scope="col">Archived</th>
              </tr>
            </thead>
            <tbody>
              {archived.map((edition) => (
                <tr key={edition.year}>
                  <th scope="row">
                    <a href={editionPath(edition.year)}>{edition.year}</a>
                  </th>
                  <td>{edition.title}</td>
                  <td>{edition.count}</td>
                  <td>
                    {edition.archivedAt ? formatTimestamp(edition.archivedAt) : null} by {edition.archivedByEmail}
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
