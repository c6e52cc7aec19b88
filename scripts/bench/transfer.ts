import { createBenchDatabase } from "./bench-database";
import { deferCleanup } from "./cleanup";
import { kb, ms, newSection, ratio, type Section } from "./report";

// Issue 13's export and import at 10,000 cities, beside the floor of the same work: one plain SELECT
// of the same rows (export) and one INSERT … SELECT copy of them (import). Median of three rounds.

const CITIES = 10_000;
const ROUNDS = 3;

async function median(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

export async function measureTransfer(): Promise<Section> {
  const { createDatabaseClient } = await import("../../lib/db");
  const { createTestDatabase } = await import("../../test/databases");
  const { applyMigrations } = await import("../../lib/database/migrations");
  const { contentFileText, exportContent } = await import("../../lib/content-transfer/export");
  const { checkContentFile, importContent } = await import("../../lib/content-transfer/import");
  const { rankingCsv } = await import("../../lib/content-transfer/csv");

  const source = createDatabaseClient(await createBenchDatabase("transfer", CITIES - 15));
  deferCleanup(() => source.$disconnect());
  const section = newSection("transfer", `Export and import of the whole content at ${CITIES.toLocaleString("en")} cities (median of ${ROUNDS})`);

  let text = "";
  const exportMs = await median(async () => (text = contentFileText(await exportContent(source))));
  const selectMs = await median(() => source.$queryRaw`SELECT * FROM "City" ORDER BY id`);
  section.figures.push({
    what: "content:export (read in one snapshot, write JSON)",
    value: `${ms(exportMs)}, ${kb(Buffer.byteLength(text))}`,
    baseline: `SELECT * of the cities alone: ${ms(selectMs)} (${ratio(exportMs / selectMs)})`,
    goal: "",
    verdict: "info",
  });

  const checkMs = await median(async () => checkContentFile(text));
  const checked = checkContentFile(text);
  if (!checked.ok) throw new Error(`the exported file does not pass its own check: ${checked.problems[0]?.message}`);
  section.figures.push({ what: "checking the whole file before an import", value: ms(checkMs), baseline: "", goal: "", verdict: "info" });

  const targets = await Promise.all(Array.from({ length: ROUNDS }, () => createTestDatabase("bench_import")));
  for (const target of targets) {
    deferCleanup(target.drop);
    await applyMigrations(target.url, { log: () => undefined });
  }
  let round = 0;
  const importMs = await median(async () => {
    const target = createDatabaseClient(targets[round++]!.url);
    try {
      const result = await importContent(target, checked.file);
      if (!result.ok) throw new Error(result.message);
    } finally {
      await target.$disconnect();
    }
  });
  const copyMs = await median(async () => {
    await source.$transaction(async (tx) => {
      await tx.$executeRaw`CREATE TEMP TABLE city_copy ON COMMIT DROP AS SELECT * FROM "City" WITH NO DATA`;
      await tx.$executeRaw`INSERT INTO city_copy SELECT * FROM "City"`;
    });
  });
  section.figures.push({
    what: "content:import into an empty database (one transaction)",
    value: ms(importMs),
    baseline: `INSERT … SELECT of the same cities inside PostgreSQL: ${ms(copyMs)} (${ratio(importMs / copyMs)})`,
    goal: "",
    verdict: "info",
  });

  let csv = "";
  const csvMs = await median(async () => (csv = await rankingCsv(source)));
  section.figures.push({ what: "the ranking as CSV", value: `${ms(csvMs)}, ${kb(Buffer.byteLength(csv))}`, baseline: "", goal: "", verdict: "info" });
  return section;
}
