import type { Metadata } from "next";
import Link from "next/link";
import { PageTextForm } from "@/components/admin/page-text-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireEditor } from "@/lib/auth/session";
import { publishedCityCount } from "@/lib/cities/queries";
import { formatTimestamp } from "@/lib/format-date";
import { pageTextForEditing } from "@/lib/listing/editor-queries";
import { previewMarkdownAction } from "../actions";
import { updatePageTextAction } from "./actions";

export const metadata: Metadata = { title: "Page text" };

export default async function PageTextPage() {
  await requireEditor();
  const [{ updatedAt, updatedBy, ...text }, publishedCount] = await Promise.all([pageTextForEditing(), publishedCityCount()]);
  return (
    <>
      <PageHeader
        title="Page text"
        description={
          <>
            The title, introduction, sections and conclusion of the ranking page. Version {text.version}, last saved {formatTimestamp(updatedAt)}
            {updatedBy ? ` by ${updatedBy.name}` : ""}. <Link href="/admin/page-text/history">Revisions</Link> (compare and restore older texts)
          </>
        }
      />
      <PageTextForm initial={text} publishedCount={publishedCount} save={updatePageTextAction} preview={previewMarkdownAction} />
    </>
  );
}
