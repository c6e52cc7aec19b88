/**
 * When the published listing last changed: the latest updatedAt of the page text and of the
 * published cities and FAQ entries shown with it. Unpublishing or reordering moves the page text's
 * updatedAt too (the list versions live on it), so removals count as well.
 */
export function lastUpdated(rows: ReadonlyArray<{ updatedAt: Date }>): Date {
  return new Date(Math.max(...rows.map((row) => row.updatedAt.getTime())));
}
