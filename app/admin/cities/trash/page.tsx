import type { Metadata } from "next";
import Link from "next/link";
import { TrashList } from "@/components/admin/trash-list";
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
      <header className="admin-page-header">
        <p>
          <Link href="/admin/cities">← Cities</Link>
        </p>
        <h1>Cities in the trash</h1>
        <p>Restoring a published city puts it back at its old rank; the cities from there move down one.</p>
      </header>
      <TrashList rows={rows} restore={restoreCityAction} deleteForever={deleteCityForeverAction} noun="City" />
    </>
  );
}
