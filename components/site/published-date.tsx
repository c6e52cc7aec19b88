// Dates are written in UTC so a page reads the same whichever server rendered it.
const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "12 March 2025", machine-readable too. */
export function PublishedDate({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{longDate.format(date)}</time>;
}
