import { formatLongDate } from "@/lib/format-date";

/** "12 March 2025", machine-readable too. */
export function PublishedDate({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatLongDate(date)}</time>;
}
