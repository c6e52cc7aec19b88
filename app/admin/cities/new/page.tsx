import type { Metadata } from "next";
import { CityForm } from "@/components/admin/city-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireEditor } from "@/lib/auth/session";
import { newCityFormValues } from "@/lib/cities/fields";
import { previewMarkdownAction } from "../../actions";
import { createCityAction } from "../actions";

export const metadata: Metadata = { title: "New city" };

export default async function NewCityPage() {
  await requireEditor();
  return (
    <>
      <PageHeader title="New city" back={{ href: "/admin/cities", label: "Cities" }} />
      <CityForm mode="create" initial={newCityFormValues()} save={createCityAction} preview={previewMarkdownAction} />
    </>
  );
}
