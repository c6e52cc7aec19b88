import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionHistory, restoredMessage } from "@/components/admin/revision-history";
import { PageHeader } from "@/components/ui/page-header";
import { requireEditor } from "@/lib/auth/session";
import { cityForEditing } from "@/lib/cities/editor-queries";
import { cityFieldsSchema } from "@/lib/cities/schema";
import { fieldNamesOf } from "@/lib/content-fields";
import { revisionHistoryView, type HistorySearch } from "@/lib/revisions/queries";
import { revisionHistoryPath } from "@/lib/revisions/paths";
import { restoreCityRevisionAction } from "../../actions";

export const metadata: Metadata = { title: "City history" };

export default async function CityHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<HistorySearch & { restored?: string }>;
}) {
  await requireEditor();
  const cityId = Number((await params).id);
  const city = Number.isSafeInteger(cityId) && cityId > 0 ? await cityForEditing(cityId) : null;
  if (!city) notFound();
  const search = await searchParams;
  const view = await revisionHistoryView("city", city.id, search, fieldNamesOf(cityFieldsSchema));
  const restored = restoredMessage(search.restored, view.newest);
  return (
    <>
      <PageHeader
        title={`History of ${city.name}`}
        back={{ href: `/admin/cities/${city.id}`, label: city.name }}
        description="Every saved text of this city, newest first. Compare any two; restoring an older one saves it as a new revision, so nothing is lost."
      >
        {restored ? <p role="status">{restored}</p> : null}
      </PageHeader>
      <RevisionHistory view={view} path={revisionHistoryPath("city", city.id)!} version={city.version} id={city.id} restore={restoreCityRevisionAction} />
    </>
  );
}
