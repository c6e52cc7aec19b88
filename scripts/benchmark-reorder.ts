// How long a change to the ranking takes as the list grows, on the PostgreSQL server in DATABASE_URL
// (in a database of its own, dropped after): a single move (last → 1, first → last, middle → 1) at
// 300, 1,000, 3,000 and 10,000 cities, and publish, trash, restore and a whole new order at 10,000.
// Beside the moves, in the same run, two baselines where they finish in seconds: the same move under
// the contiguity check as it was before (once per changed row, up to 3,000 cities), and the same shift
// written row by row (one UPDATE per city in one transaction, as an ORM loop would; up to 1,000).
// Also counts the SQL statements of one move at each size.
//
//   tsx scripts/benchmark-reorder.ts            prints the figures
//   benchmarkMoves(serverUrl)                   returns them (scripts/bench writes docs/benchmarks.md)
//
// Never part of the test suite; the statement count is kept by lib/ranking/moves-at-scale.int.test.ts.
import { pathToFileURL } from "node:url";
import pg from "pg";
import type { Actor } from "../lib/audit";
import type { Database } from "../lib/db";
import type { Result } from "../lib/result";
import { theListing } from "../lib/listing/the-listing";

export type Timing = { medianMs: number; p95Ms: number; rounds: number };
export type MoveFigures = {
  /** "PostgreSQL 15.20" */
  database: string;
  sizes: Array<{
    cities: number;
    /** SQL statements one move sends, BEGIN and COMMIT included (the same at every size). */
    statementsPerMove: number;
    lastToFirst: Timing;
    firstToLast: Timing;
    middleToFirst: Timing;
    /** Baseline (before this change): the same move under the per-row contiguity check of the init migration; up to 3,000. */
    lastToFirstPerRowCheck?: Timing;
    /** Baseline: last → 1 as one UPDATE per shifted city, in one transaction; up to 1,000. */
    lastToFirstRowByRow?: Timing;
  }>;
  /** At the largest size: each shifts every rank (the city goes to or comes from rank 1). */
  largest: { cities: number; publishAtFirst: Timing; trashFirst: Timing; restoreToFirst: Timing; wholeOrderReversed: Timing };
  /** The goal of issue 12: every move under 100 ms at 10,000 cities. */
  goalMs: number;
};

const SIZES = [300, 1_000, 3_000, 10_000];
const GOAL_MS = 100;

/** Rounds per figure: enough for a median and a p95 at small sizes, fewer where a round is slow. */
const roundsAt = (cities: number) => (cities >= 10_000 ? 9 : 15);
/** The baselines take seconds a round beyond a few hundred cities. */
const baselineRoundsAt = (cities: number) => (cities <= 300 ? 3 : 1);

export async function benchmarkMoves(serverUrl: string, log: (line: string) => void = console.log): Promise<MoveFigures> {
  const { createTestDatabase } = await import("../test/databases");
  const { applyMigrations } = await import("../lib/database/migrations");
  const { seedArticle } = await import("../lib/database/seed");
  const { addPublishedCities } = await import("../test/large-ranking");
  const { db, disconnectDatabase } = await import("../lib/db");

  const previous = { server: process.env.TEST_DATABASE_SERVER_URL, url: process.env.DATABASE_URL };
  process.env.TEST_DATABASE_SERVER_URL = serverUrl;
  const database = await createTestDatabase("bench_moves");
  // lib/db's client is created on first use from DATABASE_URL: point it at the benchmark's database.
  await disconnectDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    await applyMigrations(database.url);
    await seedArticle(db);
    const user = await db.user.create({ data: { email: "bench@example.test", name: "Bench", passwordHash: "-" } });
    const actor: Actor = { id: user.id, email: user.email };
    const [{ version }] = await db.$queryRaw<[{ version: string }]>`SELECT current_setting('server_version') AS version`;
    const figures: MoveFigures = { database: `PostgreSQL ${version.split(" ")[0]}`, sizes: [], largest: undefined as never, goalMs: GOAL_MS };
    log(`Moves on ${figures.database}, median / p95 of each`);

    for (const cities of SIZES) {
      await addPublishedCities(db, cities - (await publishedCount(db)));
      await db.$executeRaw`VACUUM ANALYZE "City"`;
      const size = await measureSize(db, actor, cities);
      figures.sizes.push(size);
      log(
        `  ${cities.toLocaleString("en")} cities: last→1 ${show(size.lastToFirst)}, first→last ${show(size.firstToLast)}, middle→1 ${show(size.middleToFirst)}; ${size.statementsPerMove} statements per move\n` +
          `      baselines, last→1: before (per-row check) ${show(size.lastToFirstPerRowCheck)}; row by row ${show(size.lastToFirstRowByRow)}`,
      );
    }
    figures.largest = await measureListChanges(db, actor, SIZES.at(-1)!);
    const { publishAtFirst, trashFirst, restoreToFirst, wholeOrderReversed } = figures.largest;
    log(
      `  at ${figures.largest.cities.toLocaleString("en")}: publish at rank 1 ${show(publishAtFirst)}  trash rank 1 ${show(trashFirst)}  restore to rank 1 ${show(restoreToFirst)}`,
    );
    log(`  at ${figures.largest.cities.toLocaleString("en")}: whole order reversed (PUT /api/editor/cities/order) ${show(wholeOrderReversed)}`);
    const largest = figures.sizes.at(-1)!;
    const slowest = Math.max(largest.lastToFirst.medianMs, largest.firstToLast.medianMs, largest.middleToFirst.medianMs);
    log(
      `  goal: every move under ${GOAL_MS} ms at ${largest.cities.toLocaleString("en")}: slowest median ${slowest.toFixed(0)} ms, ${slowest < GOAL_MS ? "met" : `missed by ${(slowest - GOAL_MS).toFixed(0)} ms`}`,
    );
    return figures;
  } finally {
    await disconnectDatabase();
    await database.drop();
    restoreEnv("TEST_DATABASE_SERVER_URL", previous.server);
    restoreEnv("DATABASE_URL", previous.url);
  }
}

async function measureSize(db: Database, actor: Actor, cities: number): Promise<MoveFigures["sizes"][number]> {
  const { moveCity } = await import("../lib/cities/mutations");
  const move = (pick: (order: number[]) => { id: number; to: number }) => async () => {
    const order = await publishedIds(db);
    const { id, to } = pick(order);
    const listVersion = await rankingVersion(db);
    return () => moveCity({ id, to, listVersion }, actor);
  };
  const lastToFirst = move((order) => ({ id: order.at(-1)!, to: 1 }));
  const statementsPerMove = await countStatements(await lastToFirst());
  const figures = {
    cities,
    statementsPerMove,
    lastToFirst: await measure(roundsAt(cities), lastToFirst),
    firstToLast: await measure(
      roundsAt(cities),
      move((order) => ({ id: order[0]!, to: order.length })),
    ),
    middleToFirst: await measure(
      roundsAt(cities),
      move((order) => ({ id: order[Math.floor(order.length / 2)]!, to: 1 })),
    ),
  };
  const lastToFirstPerRowCheck = cities <= 3_000 ? await withPerRowCheck(db, () => measure(baselineRoundsAt(cities), lastToFirst)) : undefined;
  const lastToFirstRowByRow =
    cities <= 1_000
      ? await measure(baselineRoundsAt(cities), async () => {
          const order = await publishedIds(db);
          const next = [order.at(-1)!, ...order.slice(0, -1)];
          return () => rowByRow(db, next);
        })
      : undefined;
  return { ...figures, lastToFirstPerRowCheck, lastToFirstRowByRow };
}

/**
 * Runs `work` with the ranking's contiguity check as the init migration had it (every changed row
 * counts the whole table at commit), then puts this version's trigger back.
 */
async function withPerRowCheck<T>(db: Database, work: () => Promise<T>): Promise<T> {
  await db.$executeRaw`
    CREATE FUNCTION bench_check_per_row() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE total integer; highest integer;
    BEGIN
      SELECT count(rank), coalesce(max(rank), 0) FROM "City" INTO total, highest;
      IF total <> highest THEN RAISE EXCEPTION 'rank of "City" must be contiguous from 1' USING ERRCODE = '23514'; END IF;
      RETURN NULL;
    END $$`;
  await db.$executeRaw`ALTER TABLE "City" DISABLE TRIGGER "City_rank_contiguous"`;
  await db.$executeRaw`CREATE CONSTRAINT TRIGGER "bench_rank_contiguous_per_row" AFTER INSERT OR UPDATE OF "rank" OR DELETE ON "City"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bench_check_per_row()`;
  try {
    return await work();
  } finally {
    await db.$executeRaw`DROP TRIGGER "bench_rank_contiguous_per_row" ON "City"`;
    await db.$executeRaw`DROP FUNCTION bench_check_per_row()`;
    await db.$executeRaw`ALTER TABLE "City" ENABLE TRIGGER "City_rank_contiguous"`;
  }
}

async function measureListChanges(db: Database, actor: Actor, cities: number): Promise<MoveFigures["largest"]> {
  const { createCity, updateCity, trashCity, restoreCity, reorderCities } = await import("../lib/cities/mutations");
  const { createCitySchema } = await import("../lib/cities/schema");
  const rounds = roundsAt(cities);
  const publishAtFirst: number[] = [];
  const trashFirst: number[] = [];
  const restoreToFirst: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const draft = await createCity(
      createCitySchema.parse({
        name: `Bench draft ${round}`,
        slug: `bench-draft-${round}`,
        country: "Benchland",
        summary: "s",
        profile: "p",
        focusAreas: "iot",
        plannedRank: 1,
      }),
      actor,
    );
    if (!draft.ok) throw new Error(draft.message);
    const id = draft.value.id;
    publishAtFirst.push(await timed(() => updateCity({ id, version: draft.value.version, status: "PUBLISHED" }, actor)));
    const { version } = await db.city.findUniqueOrThrow({ where: { id }, select: { version: true } });
    trashFirst.push(await timed(() => trashCity({ id, version }, actor)));
    restoreToFirst.push(await timed(() => restoreCity({ id }, actor)));
  }
  const reversed = async () => {
    const order = (await publishedIds(db)).reverse();
    const version = await rankingVersion(db);
    return () => reorderCities({ ids: order, version }, actor);
  };
  return {
    cities,
    publishAtFirst: summarise(publishAtFirst),
    trashFirst: summarise(trashFirst),
    restoreToFirst: summarise(restoreToFirst),
    wholeOrderReversed: await measure(3, reversed),
  };
}

/** The baseline: every city whose rank changes gets its own UPDATE, all in one transaction. */
async function rowByRow(db: Database, order: number[]): Promise<Result<unknown>> {
  const current = await publishedIds(db);
  await db.$transaction(
    async (tx) => {
      for (const [index, id] of order.entries()) if (current[index] !== id) await tx.city.update({ where: { id }, data: { rank: index + 1 } });
    },
    { timeout: 600_000 },
  );
  return { ok: true, value: undefined };
}

/** `prepare` reads what the round needs (untimed) and returns the timed change. */
async function measure(rounds: number, prepare: () => Promise<() => Promise<Result<unknown>>>): Promise<Timing> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) times.push(await timed(await prepare()));
  return summarise(times);
}

async function timed(change: () => Promise<Result<unknown>>): Promise<number> {
  const started = performance.now();
  const result = await change();
  const elapsed = performance.now() - started;
  if (!result.ok) throw new Error(`benchmark change refused: ${result.message}`);
  return elapsed;
}

function summarise(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const pick = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]!;
  const round1 = (ms: number) => Math.round(ms * 10) / 10;
  return { medianMs: round1(pick(0.5)), p95Ms: round1(pick(0.95)), rounds: sorted.length };
}

/** The statements `change` sends, counted where they leave for PostgreSQL (Prisma's driver adapter uses pg.Client). */
async function countStatements(change: () => Promise<Result<unknown>>): Promise<number> {
  const query = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await timed(change);
  } finally {
    pg.Client.prototype.query = query;
  }
  return count;
}

const show = (timing: Timing | undefined) => (timing ? `${timing.medianMs.toFixed(1)} / ${timing.p95Ms.toFixed(1)} ms` : "(not run at this size)");
const publishedCount = (db: Database) => db.city.count({ where: { rank: { not: null } } });
const publishedIds = async (db: Database) =>
  (await db.city.findMany({ where: { rank: { not: null } }, orderBy: { rank: "asc" }, select: { id: true } })).map((city) => city.id);
const rankingVersion = async (db: Database) => (await db.listing.findUniqueOrThrow({ where: theListing, select: { rankingVersion: true } })).rankingVersion;

function restoreEnv(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await import("./load-env");
  const { ensurePrismaClient } = await import("./prisma-generate");
  ensurePrismaClient();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error("Set DATABASE_URL to a PostgreSQL server: the benchmark creates a database of its own there and drops it after.");
    process.exit(1);
  }
  await benchmarkMoves(serverUrl);
}
