import type { Metadata } from "next";
import { PageTextForm } from "@/components/admin/page-text-form";
import { requireEditor } from "@/lib/auth/session";
import { publishedCityCount } from "@/lib/cities/queries";
import { pageTextForEditing } from "@/lib/listing/editor-queries";
import { previewMarkdownAction } from "../actions";
import { updatePageTextAction } from "./actions";

export const metadata: Metadata = { title: "Page text" };

export default async function PageTextPage() {
  await requireEditor();
  const [{ updatedAt, updatedBy, ...text }, publishedCount] = await Promise.all([pageTextForEditing(), publishedCityCount()]);
  return (
    <>
      <header className="admin-page-header">
        <h1>Page text</h1>
        <p>
          The title, introduction, sections and conclusion of the ranking page. Version {text.version}, last saved{" "}
          {updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC
          {updatedBy ? ` by ${updatedBy.name}` : ""}.
        </p>
      </header>
      <PageTextForm initial={text} publishedCount={publishedCount} save={updatePageTextAction} preview={previewMarkdownAction} />
    </>
  );
}
