/**
 * The listing's title from its template: `{count}` becomes the number of published cities and
 * `{year}` the listing's year, so the title can never disagree with the list. Pure, so the dashboard
 * can preview a template as it is typed. Other braces are left as written.
 *
 *   listingTitle("Top {count} Smart Cities in Asia ({year})", { count: 15, year: 2024 })
 *   // "Top 15 Smart Cities in Asia (2024)"
 */
export function listingTitle(template: string, { count, year }: { count: number; year: number }): string {
  return template.replaceAll("{count}", String(count)).replaceAll("{year}", String(year));
}
