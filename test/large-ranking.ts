import type { Database } from "../lib/db";

/**
 * Appends `count` published cities after the ones already ranked, so a test or a benchmark can work
 * at 1,000 or 10,000 entries. Names and slugs say their starting rank ("Scale City 9000",
 * `scale-city-9000`) so a journey can find city no. 9,000 by name. Inserted in batches: one
 * statement per batch, not per city.
 */
export async function addPublishedCities(database: Database, count: number, batchSize = 2_000): Promise<void> {
  const ranked = await database.city.count({ where: { rank: { not: null } } });
  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    await database.city.createMany({
      data: Array.from({ length: size }, (_, index) => {
        const rank = ranked + start + index + 1;
        return {
          slug: `scale-city-${rank}`,
          name: `Scale City ${rank}`,
          country: "Scaleland",
          summary: `A generated city that started at rank ${rank}.`,
          profile: `Generated for tests and benchmarks at size; it started at rank ${rank}.`,
          focusAreas: ["mobility"],
          status: "PUBLISHED" as const,
          rank,
        };
      }),
    });
  }
}
