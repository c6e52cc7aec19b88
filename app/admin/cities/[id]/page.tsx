import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CityForm } from "@/components/admin/city-form";
import { StatusControls } from "@/components/admin/status-controls";
import { SchedulePublication } from "@/components/admin/schedule-publication";
import { PageHeader } from "@/components/ui/page-header";
import { pendingScheduleOf } from "@/lib/scheduling/queries";
import { cancelScheduleAction } from "../../scheduled/actions";
import { requireEditor } from "@/lib/auth/session";
import { cityPath } from "@/lib/cities/path";
import { previewHref } from "@/lib/preview/paths";
import { cityForEditing } from "@/lib/cities/editor-queries";
import { cityFormValues } from "@/lib/cities/fields";
import { formatTimestamp } from "@/lib/format-date";
import { previewMarkdownAction } from "../../actions";
import { scheduleCityPublicationAction, setCityStatusAction, trashCityAction, updateCityAction } from "../actions";

export const metadata: Metadata = { title: "Edit city" };

export default async function EditCityPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  await requireEditor();
  const { id } = await params;
  const cityId = Number(id);
  const city = Number.isSafeInteger(cityId) && cityId > 0 ? await cityForEditing(cityId) : null;
  if (!city) notFound();
  const { saved } = await searchParams;
  const schedule = city.status === "DRAFT" ? await pendingScheduleOf("city", city.id) : null;

  return (
    <>
      <PageHeader
        title={city.name}
        back={{ href: "/admin/cities", label: "Cities" }}
        description={
          <>
            Version {city.version}, last saved {formatTimestamp(city.updatedAt)}
            {city.updatedBy ? ` by ${city.updatedBy.name}` : ""}. <Link href={`/admin/cities/${city.id}/history`}>Revisions</Link> (compare and restore older
            texts) · <Link href={`/admin/activity?type=city&record=${city.id}`}>Activity of this city</Link>
          </>
        }
      >
        {saved === "created" ? <p role="status">The city was created.</p> : null}
        {city.status === "DRAFT" ? (
          <p>
            <a href={previewHref(cityPath(city.slug))}>Preview this draft on the site</a> (only editors see it)
          </p>
        ) : null}
      </PageHeader>
      <StatusControls
        entry={{
          id: city.id,
          title: city.name,
          version: city.version,
          status: city.status,
          position: city.rank,
          plannedPosition: city.plannedRank,
          publicHref: city.rank ? `/cities/${city.slug}` : null,
        }}
        place="rank"
        trashHref="/admin/cities/trash"
        setStatus={setCityStatusAction}
        trash={trashCityAction}
      />
      {city.status === "DRAFT" ? (
        <SchedulePublication
          id={city.id}
          pending={schedule && { scheduleId: schedule.id, publishAt: schedule.publishAt.toISOString(), by: schedule.createdByEmail }}
          schedule={scheduleCityPublicationAction}
          cancel={cancelScheduleAction}
        />
      ) : null}
      <CityForm mode="edit" isPublished={city.status === "PUBLISHED"} initial={cityFormValues(city)} save={updateCityAction} preview={previewMarkdownAction} />
    </>
  );
}
