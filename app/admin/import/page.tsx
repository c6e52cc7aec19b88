import type { Metadata } from "next";
import Link from "next/link";
import { FileImportForm } from "@/components/admin/import/file-import-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireEditor } from "@/lib/auth/session";
import { editionInPreparation } from "@/lib/editions/editor-queries";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const editor = await requireEditor();
  const preparing = await editionInPreparation();
  return (
    <>
      <PageHeader
        title="Import"
        description="Bring content in: a ranking reworked in a spreadsheet, or a whole content file as the next edition. Each file is checked first and shows what it would change; nothing changes until you apply it."
      />
      <Section headingId="ranking-csv-import" title="A ranking from a spreadsheet (CSV)">
        <p>
          Start from the ranking&rsquo;s CSV on the <Link href="/admin/export">Export</Link> page, rework it, and upload it. The first line names the columns
          rank, name, country, summary and slug (other columns are ignored); the ranks run from 1 to the number of cities, once each.
        </p>
        <ul>
          <li>A city is found by its address (slug), or by an old address that redirects to it. Its name, country and summary take the file&rsquo;s.</li>
          <li>
            A draft listed in the file is published at its rank. An address no city has makes a new city, its profile starting as its summary; so does an empty
            one, from the city&rsquo;s name (a name whose address another city holds needs a slug).
          </li>
          <li>Published cities the file leaves out become drafts: kept with everything they hold, and their rank remembered.</li>
        </ul>
        <p>
          {preparing
            ? `This changes the ${preparing.workingYear} edition being prepared; readers keep seeing ${preparing.shownYear} until it is published.`
            : "No edition is being prepared, so readers see the change as soon as it is applied. To prepare it as next year’s ranking instead, start the next edition on the Editions page first."}
        </p>
        <FileImportForm kind="csv" labelledBy="ranking-csv-import" fileLabel="CSV file" accept=".csv,text/csv" endpoint="/api/editor/import/ranking-csv" />
      </Section>
      <Section headingId="content-merge" title="A content file as the next edition (JSON)">
        <p>
          A content file from the <Link href="/admin/export">Export</Link> page of this site or another becomes the draft of the next edition: its ranking, its
          published FAQ and its page text. Cities are found by address and questions by their wording, as above; what is not in the file becomes a draft.
          Readers keep seeing their edition until it is published on the <Link href="/admin/editions">Editions</Link> page. The file&rsquo;s history (revisions,
          old addresses, archived editions) stays in the file.
        </p>
        <p>
          {preparing
            ? `It is merged into the ${preparing.workingYear} edition being prepared.`
            : "No edition is being prepared: applying starts the next one, as Editions does, with the file’s content."}
        </p>
        {editor.role === "ADMIN" ? (
          <FileImportForm
            kind="content"
            labelledBy="content-merge"
            fileLabel="Content file (JSON)"
            accept=".json,application/json"
            endpoint="/api/editor/import/content"
          />
        ) : (
          <p>Only an admin can merge a content file, because it starts an edition.</p>
        )}
      </Section>
    </>
  );
}
