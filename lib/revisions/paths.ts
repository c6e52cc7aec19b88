/** Where the dashboard shows a record's revisions (the activity log links there too). */
export function revisionHistoryPath(entityType: string, entityId: string | number | null, compare?: { from?: number; to: number }): string | null {
  const path =
    entityType === "city"
      ? `/admin/cities/${entityId}/history`
      : entityType === "faq"
        ? `/admin/faq/${entityId}/history`
        : entityType === "listing"
          ? "/admin/page-text/history"
          : null;
  if (!path || (entityType !== "listing" && entityId === null)) return null;
  if (!compare) return path;
  const search = new URLSearchParams({ ...(compare.from ? { from: String(compare.from) } : {}), to: String(compare.to) });
  return `${path}?${search}#comparison`;
}
