import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireEditor } from "@/lib/auth/session";
import { keptEditionYears } from "@/lib/editions/editor-queries";

export const metadata: Metadata = { title: "Export" };

export default async function ExportPage() {
  await requireEditor();
  const kept = await keptEditionYears();
  return (
    <>
      <PageHeader title="Export" description="Take the content out: all of it as one file, or the ranking for a spreadsheet." />
      <Section headingId="whole-content" title="The whole content (JSON)">
        <p>
          The page text, every city and FAQ entry (drafts and the trash included), every revision, every old address that redirects and every kept edition, in
          one versioned file. It is what <code>npm run content:export</code> writes, and <code>npm run content:import</code> loads it into an empty database: a
          backup, or a copy for another server. The <Link href="/admin/import">Import</Link> page merges such a file into this site as the next edition. The
          format is described in <code>docs/content-format.md</code>.
        </p>
        <ButtonLink plain href="/api/editor/content" download>
          Download the content (JSON)
        </ButtonLink>
      </Section>
      <Section headingId="ranking-csv" title="The ranking (CSV)">
        <p>
          The published ranking, one city a row: rank, name, country, summary and address (slug). It opens in Excel, Numbers, LibreOffice and Google Sheets. A
          cell that would start with =, +, - or @ starts with an apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
        </p>
        <ButtonLink plain href="/api/editor/ranking.csv" download>
          Download the ranking (CSV)
        </ButtonLink>
        {kept.length > 0 ? (
          <>
            <p>Each kept edition&rsquo;s ranking, as readers saw it:</p>
            <ul>
              {kept.map((year) => (
                <li key={year}>
                  <a href={`/api/editor/ranking.csv?year=${year}`} download>
                    The {year} edition (CSV)
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>
    </>
  );
}
