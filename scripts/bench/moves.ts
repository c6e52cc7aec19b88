import { benchmarkMoves, type Timing } from "../benchmark-reorder";
import { databaseServerUrl, dropNewDatabasesOnInterrupt } from "./bench-database";
import { deferCleanup } from "./cleanup";
import { atMost, ms, newSection, type Section } from "./report";

// Goal 3: moves at 300 to 10,000 cities on PostgreSQL. The measuring is scripts/benchmark-reorder.ts's
// (also runnable alone); this part reports its figures beside their goals.

const show = (timing: Timing | undefined) => (timing ? `${ms(timing.medianMs)} (p95 ${ms(timing.p95Ms)})` : "—");

export async function measureMoves(): Promise<Section> {
  // benchmarkMoves drops its database itself, except when Ctrl-C ends the process midway.
  deferCleanup(await dropNewDatabasesOnInterrupt("cms_bench_moves_"));
  const figures = await benchmarkMoves(databaseServerUrl(), (line) => console.log(`  ${line}`));
  const section = newSection("moves", `3. Reordering on ${figures.database}: one move, median of several rounds`);
  const largest = figures.sizes.at(-1)!;
  for (const size of figures.sizes) {
    const baselines = [
      size.lastToFirstPerRowCheck && `before (per-row check): ${show(size.lastToFirstPerRowCheck)}`,
      size.lastToFirstRowByRow && `row by row: ${show(size.lastToFirstRowByRow)}`,
    ].filter(Boolean);
    const value = `last→1 ${show(size.lastToFirst)}; first→last ${show(size.firstToLast)}; middle→1 ${show(size.middleToFirst)}`;
    const what = `a move at ${size.cities.toLocaleString("en")} cities`;
    if (size === largest) {
      const worst = Math.max(size.lastToFirst.medianMs, size.firstToLast.medianMs, size.middleToFirst.medianMs);
      section.figures.push(
        atMost({ what: `${what} (worst of the three medians against the goal)`, value, baseline: baselines.join("; ") }, worst, figures.goalMs, ms, true),
      );
    } else {
      section.figures.push({ what, value, baseline: baselines.join("; "), goal: "", verdict: "info" });
    }
  }
  const counts = [...new Set(figures.sizes.map((size) => size.statementsPerMove))];
  section.figures.push({
    what: "SQL statements per move",
    value: figures.sizes.map((size) => `${size.statementsPerMove} at ${size.cities.toLocaleString("en")}`).join(", "),
    baseline: "",
    goal: "the same at every size",
    verdict: counts.length === 1 ? "pass" : "miss",
  });
  const { cities, publishAtFirst, trashFirst, restoreToFirst, wholeOrderReversed } = figures.largest;
  const at = `at ${cities.toLocaleString("en")} cities`;
  for (const [what, timing] of [
    ["publish a draft at rank 1", publishAtFirst],
    ["trash the city at rank 1", trashFirst],
    ["restore it to rank 1", restoreToFirst],
  ] as const) {
    section.figures.push(atMost({ what: `${what} ${at}`, value: show(timing), baseline: "" }, timing.medianMs, figures.goalMs, ms, true));
  }
  section.figures.push({ what: `a whole new order (every id, reversed) ${at}`, value: show(wholeOrderReversed), baseline: "", goal: "", verdict: "info" });
  return section;
}
