import type { Metadata } from "next";
import { TrashList } from "@/components/admin/trash-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireEditor } from "@/lib/auth/session";
import { trashedCities } from "@/lib/cities/editor-queries";
import { deleteCityForeverAction, restoreCityAction } from "../actions";

export const metadata: Metadata = { title: "Cities in the trash" };

export default async function CitiesTrashPage() {
  await requireEditor();
  const cities = await trashedCities();
  const rows = cities.map((city) => ({
    id: city.id,
    title: city.name,
    detail: city.status === "PUBLISHED" ? `${city.country}; returns to rank ${city.plannedRank ?? "at the end"}` : `${city.country}; a draft`,
    deletedAt: city.deletedAt!.toISOString(),
    deletedBy: city.updatedBy?.name ?? null,
  }));
  return (
    <>
      <PageHeader
        title="Cities in the trash"
        back={{ href: "/admin/cities", label: "Cities" }}
        description="Restoring a published city puts it back at its old rank; the cities from there move down one."
      />
      <TrashList rows={rows} restore={restoreCityAction} deleteForever={deleteCityForeverAction} noun="City" />
    </>
  );
}
