import Link from "next/link";
import { PublishedDate } from "./published-date";

/** Says that the page is an archived edition, and links to the current ranking. */
export function ArchiveNotice({ year, archivedAt, currentYear }: { year: number; archivedAt: Date; currentYear: number }) {
  return (
    <p className="archive-notice" role="note">
      This is the archived {year} edition of the ranking, as it stood on <PublishedDate date={archivedAt} />.{" "}
      <Link href="/">See the current ranking ({currentYear})</Link>.
    </p>
  );
}
