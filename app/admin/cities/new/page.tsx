import type { Metadata } from "next";
import Link from "next/link";
import { CityForm } from "@/components/admin/city-form";
import { requireEditor } from "@/lib/auth/session";
import { newCityFormValues } from "@/lib/cities/fields";
import { previewMarkdownAction } from "../../actions";
import { createCityAction } from "../actions";

export const metadata: Metadata = { title: "New city" };

export default async function NewCityPage() {
  await requireEditor();
  return (
    <>
      <header className="admin-page-header">
        <p>
          <Link href="/admin/cities">← Cities</Link>
        </p>
        <h1>New city</h1>
      </header>
      <CityForm mode="create" initial={newCityFormValues()} save={createCityAction} preview={previewMarkdownAction} />
    </>
  );
}
