import type { Metadata } from "next";
import { LIST_PAGE_SIZE, parseListViewRequest, pastTheEndProblems, type SearchParams } from "@/components/admin/ordered-list/list-view";
import { OrderedListEditor } from "@/components/admin/ordered-list/ordered-list-editor";
import type { OrderedRow } from "@/components/admin/ordered-list/types";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireEditor } from "@/lib/auth/session";
import { previewHref } from "@/lib/preview/paths";
import { citiesForEditor, type CityForEditor } from "@/lib/cities/editor-queries";
import { moveCityAction, setCityStatusAction } from "./actions";

export const metadata: Metadata = { title: "Cities" };

const toRow = (city: CityForEditor): OrderedRow => ({
  id: city.id,
  title: city.name,
  detail: city.country,
  status: city.status,
  position: city.rank,
  plannedPosition: city.plannedRank,
  version: city.version,
  editHref: `/admin/cities/${city.id}`,
  publicHref: city.rank ? `/cities/${city.slug}` : null,
  updatedAt: city.updatedAt.toISOString(),
  updatedBy: city.updatedBy?.name ?? null,
});

export default async function CitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor();
  const { request, problems } = parseListViewRequest(await searchParams);
  const { published, drafts, publishedCount, listVersion, view } = await citiesForEditor({ ...request, pageSize: LIST_PAGE_SIZE });

  return (
    <>
      <PageHeader
        title="Cities"
        description={`The ranking as readers see it (${publishedCount} published). Drag a city, use the arrows, or type a new rank: every move is saved at once and shows on the site right away.`}
        actionsLabel="City actions"
        actions={
          <>
            <ButtonLink href="/admin/cities/new" variant="primary">
              New city
            </ButtonLink>
            <ButtonLink href="/admin/cities/trash">Trash</ButtonLink>
            <ButtonLink plain href={previewHref("/")}>
              Preview the site with drafts
            </ButtonLink>
          </>
        }
      />
      <OrderedListEditor
        published={published.map(toRow)}
        publishedCount={publishedCount}
        drafts={drafts.map(toRow)}
        view={view}
        problems={[...problems, ...pastTheEndProblems(request, view)]}
        listVersion={listVersion}
        basePath="/admin/cities"
        words={{ place: "rank", one: "city", list: "ranking", searchHint: "Name, country or slug" }}
        moveAction={moveCityAction}
        statusAction={setCityStatusAction}
      />
    </>
  );
}
