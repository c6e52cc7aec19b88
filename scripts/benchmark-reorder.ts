// `npm run bench`: how long reordering takes at a few hundred cities, on the embedded database and,
// with DATABASE_URL, on that PostgreSQL server. Prints figures; never part of the test suite.
// Side by side in one run: our one-statement reorder against a row-by-row update of the same order.
import "./load-env";
import { ensurePrismaClient } from "./prisma-generate";

ensurePrismaClient();
const { createTestDatabase } = await import("../test/databases");
const { applyMigrations } = await import("../lib/database/migrations");
const { seedArticle } = await import("../lib/database/seed");
const { createDatabaseClient } = await import("../lib/db");

const CITIES = Number(process.env.BENCH_CITIES ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

async function measure(label: string, run: (round: number) => Promise<void>) {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    await run(round);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(`  ${label.padEnd(50)} median ${pick(0.5).toFixed(1).padStart(7)} ms   p95 ${pick(0.95).toFixed(1).padStart(7)} ms`);
  return pick(0.5);
}

async function benchmark(where: string, serverUrl: string | undefined) {
  process.env.TEST_DATABASE_SERVER_URL = serverUrl ?? "";
  const database = await createTestDatabase("bench");
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  const { moveCity, reorderCities } = await import("../lib/cities/mutations");
  const { db, disconnectDatabase } = await import("../lib/db");
  const setup = createDatabaseClient(database.url);
  try {
    await seedArticle(setup);
    const user = await setup.user.create({ data: { email: "bench@example.test", name: "Bench", passwordHash: "-" } });
    const actor = { id: user.id, email: user.email };
    await setup.city.createMany({
      data: Array.from({ length: CITIES - 15 }, (_, index) => ({ slug: `bench-${index}`, name: `Bench ${index}`, country: "Benchland", summary: "s", profile: "p", focusAreas: ["iot"], status: "PUBLISHED" as const, rank: 16 + index })),
    });
    const version = async () => (await db.listing.findUniqueOrThrow({ where: { id: 1 } })).rankingVersion;
    const ids = async () => (await db.city.findMany({ where: { rank: { not: null } }, orderBy: { rank: "asc" }, select: { id: true } })).map((city) => city.id);
    console.log(`\n${where}: ${CITIES} published cities, ${ROUNDS} rounds each`);

    const moveMedian = await measure("move one city from last to first (moveCity)", async () => {
      const order = await ids();
      const result = await moveCity({ id: order.at(-1)!, to: 1, listVersion: await version() }, actor);
      if (!result.ok) throw new Error(result.message);
    });
    const reorderMedian = await measure("replace the whole order, reversed (reorderCities)", async () => {
      const result = await reorderCities({ ids: (await ids()).reverse(), version: await version() }, actor);
      if (!result.ok) throw new Error(result.message);
    });
    const naiveMedian = await measure("same reversal, one UPDATE per city (baseline)", async () => {
      const reversed = (await ids()).reverse();
      await db.$transaction(async (tx) => {
        for (const [index, id] of reversed.entries()) await tx.city.update({ where: { id }, data: { rank: index + 1 } });
      }, { timeout: 120_000 });
    });
    console.log(`  whole-order reorder is ${(naiveMedian / reorderMedian).toFixed(1)}× faster than row by row; a single move takes ${moveMedian.toFixed(1)} ms`);
  } finally {
    await setup.$disconnect();
    await disconnectDatabase();
    await database.drop();
  }
}

const serverUrl = process.env.DATABASE_URL;
await benchmark("embedded database (PGlite)", undefined);
if (serverUrl) await benchmark("PostgreSQL server (DATABASE_URL)", serverUrl);
