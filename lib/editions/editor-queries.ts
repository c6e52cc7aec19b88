import "server-only";
import { db } from "../db";
import { theListing } from "../listing/the-listing";

/**
 * The dashboard's view of the editions: the year editors work on, the edition readers are shown
 * instead while that one is prepared (null when readers see the live rows), and every archive.
 */
export async function editionsOverview() {
  const [listing, publishedCount, editions] = await Promise.all([
    db.listing.findUniqueOrThrow({ where: theListing, select: { year: true } }),
    db.city.count({ where: { rank: { not: null } } }),
    db.edition.findMany({
      orderBy: { year: "desc" },
      select: {
        year: true,
        status: true,
        title: true,
        frozenAt: true,
        frozenByEmail: true,
        archivedAt: true,
        archivedByEmail: true,
        _count: { select: { entries: true } },
      },
    }),
  ]);
  const withCount = editions.map(({ _count, ...edition }) => ({ ...edition, count: _count.entries }));
  return {
    workingYear: listing.year,
    publishedCount,
    shownToReaders: withCount.find((edition) => edition.status === "public") ?? null,
    archived: withCount.filter((edition) => edition.status === "archived"),
  };
}

/** The edition readers are shown while the next is prepared, for the dashboard's notice; null when there is none. */
export async function editionInPreparation(): Promise<{ shownYear: number; workingYear: number } | null> {
  const [listing, shown] = await Promise.all([
    db.listing.findUniqueOrThrow({ where: theListing, select: { year: true } }),
    db.edition.findFirst({ where: { status: "public" }, select: { year: true } }),
  ]);
  return shown ? { shownYear: shown.year, workingYear: listing.year } : null;
}

/** The years of every kept edition, newest first (the Export page offers each one's ranking as CSV). */
export async function keptEditionYears(): Promise<number[]> {
  return (await db.edition.findMany({ orderBy: { year: "desc" }, select: { year: true } })).map((edition) => edition.year);
}
