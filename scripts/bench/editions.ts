import { createBenchDatabase } from "./bench-database";
import { deferCleanup } from "./cleanup";
import { ms, newSection, ratio, type Section } from "./report";

// Starting and publishing an edition at 10,000 cities (lib/editions/mutations.ts), beside the floor
// of the same work: the copy is one INSERT … SELECT of the ranked cities, so the baseline is that
// statement alone into a scratch table with the same indexes. Median of three rounds; each round starts from one edition.

const CITIES = 10_000;
const ROUNDS = 3;

export async function measureEditions(): Promise<Section> {
  const url = await createBenchDatabase("editions", CITIES - 15);
  // lib/editions/mutations.ts writes through the app's client, which reads DATABASE_URL on first use.
  process.env.DATABASE_URL = url;
  const { db, disconnectDatabase } = await import("../../lib/db");
  deferCleanup(disconnectDatabase);
  const { publishEdition, startNextEdition } = await import("../../lib/editions/mutations");
  const { theListing } = await import("../../lib/listing/the-listing");
  const user = await db.user.findFirstOrThrow({ select: { id: true, email: true } });
  const section = newSection("editions", `Starting and publishing an edition at ${CITIES.toLocaleString("en")} cities (median of ${ROUNDS})`);

  const starts: number[] = [];
  const publishes: number[] = [];
  const copies: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const { year } = await db.listing.findUniqueOrThrow({ where: theListing, select: { year: true } });
    let started = performance.now();
    const start = await startNextEdition({ currentYear: year, nextYear: year + 1 }, user);
    starts.push(performance.now() - started);
    if (!start.ok || start.value.copiedCities !== CITIES) throw new Error(`the edition did not start with ${CITIES} cities: ${JSON.stringify(start)}`);
    started = performance.now();
    const publish = await publishEdition({ year: year + 1 }, user);
    publishes.push(performance.now() - started);
    if (!publish.ok) throw new Error(publish.message);
    started = performance.now();
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`CREATE TEMP TABLE entry_copy (LIKE "EditionEntry" INCLUDING DEFAULTS INCLUDING INDEXES) ON COMMIT DROP`;
      await tx.$executeRaw`INSERT INTO entry_copy ("year", "rank", "cityId", "slug", "name", "country", "summary", "profile", "focusAreas", "updatedAt")
        SELECT 0, "rank", "id", "slug", "name", "country", "summary", "profile", "focusAreas", "updatedAt" FROM "City" WHERE "rank" IS NOT NULL`;
    });
    copies.push(performance.now() - started);
  }
  const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
  section.figures.push({
    what: "starting the next edition (copy of ranking, FAQ and page text, one transaction)",
    value: ms(median(starts)),
    baseline: `the same INSERT … SELECT alone, same indexes: ${ms(median(copies))} (${ratio(median(starts) / median(copies))})`,
    goal: "",
    verdict: "info",
  });
  section.figures.push({
    what: "publishing it (one UPDATE, both list versions bumped)",
    value: ms(median(publishes)),
    baseline: "",
    goal: "",
    verdict: "info",
  });
  return section;
}
