import { createBenchDatabase } from "./bench-database";
import { deferCleanup } from "./cleanup";
import type { Database } from "../../lib/db";
import { kb, ms, newSection, ratio, type Figure, type Section } from "./report";

// Issue 13's export and import at 10,000 cities, beside the floor of the same work: one plain SELECT
// of the same rows (export) and one INSERT … SELECT copy of them (import). Median of three rounds.

const CITIES = 10_000;
const ROUNDS = 3;

/** The median time of ROUNDS runs; `work` may return the time itself when only part of it counts. */
async function median(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    const took = await work();
    times.push(typeof took === "number" ? took : performance.now() - started);
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

  const sourceUrl = await createBenchDatabase("transfer", CITIES - 15);
  const source = createDatabaseClient(sourceUrl);
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

  section.figures.push(...(await measureCsvImport(sourceUrl, csv, source)));
  return section;
}

/**
 * Importing a CSV that turns the whole ranking upside down (every city moves): the preview, then
 * applying it (which checks the file and plans again under the ranking's lock), beside the same rank
 * change as one UPDATE. The import runs through the app's own client, pointed at the bench database.
 */
async function measureCsvImport(url: string, csv: string, source: Database): Promise<Figure[]> {
  const { disconnectDatabase } = await import("../../lib/db");
  const { importRankingCsv } = await import("../../lib/content-transfer/ranking-import");
  // The bench database has no accounts; the import's activity entry and revisions need an author.
  const admin = await source.user.create({
    data: { email: "bench-editor@example.com", name: "Bench editor", passwordHash: "not a password hash: nobody signs in" },
    select: { id: true, email: true },
  });
  await disconnectDatabase();
  process.env.DATABASE_URL = url;
  deferCleanup(disconnectDatabase);

  // The bench's cities have no line breaks in their fields, so each line after the header is one city.
  const [header, ...rows] = csv.replace(/\r\n$/, "").split("\r\n");
  const renumbered = (lines: string[]) => [header, ...lines.map((line, index) => line.replace(/^\d+/, String(index + 1)))].join("\r\n");
  const files = [renumbered([...rows].reverse()), renumbered(rows)];
  const preview = async (file: string) => {
    const answer = await importRankingCsv({ file }, admin);
    if (!answer.ok) throw new Error(`the CSV was refused: ${answer.message} ${JSON.stringify(answer.fieldErrors)}`);
    return answer.value;
  };

  const first = await preview(files[0]!);
  if (first.cities.moved.count < rows.length - 1) throw new Error(`the reversed CSV moves ${first.cities.moved.count} cities, not every one`);
  const previewMs = await median(() => preview(files[0]!));
  /** The median time to apply a preview, the files taking turns (each undoes the one before). */
  const timeApplying = (turns: string[]) => {
    let round = 0;
    return median(async () => {
      const file = turns[round++ % turns.length]!;
      const { confirm } = await preview(file);
      const started = performance.now();
      const applied = await importRankingCsv({ file, confirm }, admin);
      const took = performance.now() - started;
      if (!applied.ok || !applied.value.applied) throw new Error("the CSV was not applied");
      return took;
    });
  };
  const applyMs = await timeApplying(files);
  // Every city's name rewritten (and back): each edit is a versioned update with its audit event and revision.
  const renamed = [header, ...rows.map((line) => line.replace(/^(\d+),([^,"]+),/, "$1,$2 II,"))].join("\r\n");
  const firstEdit = await preview(renamed);
  if (firstEdit.cities.edited.count !== rows.length) throw new Error(`the renaming CSV edits ${firstEdit.cities.edited.count} cities, not every one`);
  const editMs = await timeApplying([renamed, files[1]!]);
  const count = await source.city.count({ where: { rank: { not: null } } });
  const updateMs = await median(async () => {
    const started = performance.now();
    await source.$executeRaw`UPDATE "City" SET rank = ${count + 1} - rank WHERE rank IS NOT NULL`;
    return performance.now() - started;
  });
  const editBaselineMs = await median(async () => {
    const started = performance.now();
    await source.$executeRaw`UPDATE "City" SET name = name || '' WHERE rank IS NOT NULL`;
    return performance.now() - started;
  });
  const what = `${rows.length.toLocaleString("en")} rows, every city moved`;
  return [
    { what: `importing a ranking CSV: the preview (${what})`, value: ms(previewMs), baseline: "", goal: "", verdict: "info" },
    {
      what: `importing a ranking CSV: applying it (${what})`,
      value: ms(applyMs),
      baseline: `the same ranks as one UPDATE inside PostgreSQL: ${ms(updateMs)} (${ratio(applyMs / updateMs)})`,
      goal: "",
      verdict: "info",
    },
    {
      what: `importing a ranking CSV: applying it (${rows.length.toLocaleString("en")} rows, every city renamed)`,
      value: ms(editMs),
      baseline: `the same cities' names as one UPDATE inside PostgreSQL: ${ms(editBaselineMs)} (${ratio(editMs / editBaselineMs)})`,
      goal: "",
      verdict: "info",
    },
  ];
}
