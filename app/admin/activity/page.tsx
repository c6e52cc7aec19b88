import type { Metadata } from "next";
import Link from "next/link";
import { ActivityFilters } from "@/components/admin/activity-filters";
import { ActivityList } from "@/components/admin/activity-list";
import { PageHeader } from "@/components/ui/page-header";
import { activity } from "@/lib/activity/queries";
import { requireEditor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Activity" };

const KINDS = [
  ["", "Everything"],
  ["city", "Cities"],
  ["ranking", "Ranking (whole reorders)"],
  ["faq", "FAQ"],
  ["listing", "Page text"],
] as const;
/** Only admins see user management's trail (as only they see /admin/users); lib/activity/queries.ts enforces it. */
const ADMIN_KINDS = [...KINDS, ["user", "Users"]] as const;

type Search = { type?: string; record?: string; before?: string };

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Search> }) {
  const editor = await requireEditor();
  const kinds = editor.role === "ADMIN" ? ADMIN_KINDS : KINDS;
  const search = await searchParams;
  const entityType = kinds.some(([value]) => value && value === search.type) ? search.type : undefined;
  const entityId = search.record && /^[\w-]{1,64}$/.test(search.record) ? search.record : undefined;
  // An event id: a whole number the id column can hold (anything else would fail the query).
  const beforeId = Number(search.before);
  const before = Number.isInteger(beforeId) && beforeId > 0 && beforeId <= 2_147_483_647 ? beforeId : undefined;
  const { events, nextBefore } = await activity(editor, { entityType, entityId, before });
  const older = new URLSearchParams({
    ...(entityType ? { type: entityType } : {}),
    ...(entityId ? { record: entityId } : {}),
    ...(nextBefore ? { before: String(nextBefore) } : {}),
  });

  return (
    <>
      <PageHeader title="Activity" description="Every change, newest first: who, what and when, with the values before and after." />
      <ActivityFilters kinds={kinds} entityType={entityType} entityId={entityId} />
      <ActivityList events={events} />
      {nextBefore ? (
        <p>
          <Link href={`/admin/activity?${older}`}>Older changes</Link>
        </p>
      ) : null}
    </>
  );
}
