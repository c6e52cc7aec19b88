import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** One measured figure, beside its baseline and its goal. */
export type Figure = {
  what: string;
  value: string;
  baseline: string;
  goal: string;
  verdict: "pass" | "miss" | "info" | "skipped";
  /** For a miss: by how much; for a pass: the margin. */
  margin?: string;
};

export type Section = { part: string; title: string; figures: Figure[]; notes: string[] };

export function newSection(part: string, title: string): Section {
  return { part, title, figures: [], notes: [] };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const ms = (value: number) =>
  !Number.isFinite(value) ? "never (gave up)" : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;

/** A figure whose goal is "at most `limit`" (sizes, times, ratios of latency). */
export function atMost(figure: Omit<Figure, "verdict" | "margin" | "goal">, value: number, limit: number, show: (n: number) => string, strict = false): Figure {
  const passes = strict ? value < limit : value <= limit;
  const goal = `${strict ? "<" : "≤"} ${show(limit)}`;
  const margin = passes ? `${percent(1 - value / limit)} under` : `over by ${show(value - limit)} (${percent(value / limit - 1)})`;
  return { ...figure, goal, verdict: passes ? "pass" : "miss", margin };
}

/** A figure whose goal is "at least `floor`" (throughput ratios). */
export function atLeast(figure: Omit<Figure, "verdict" | "margin" | "goal">, value: number, floor: number, show: (n: number) => string): Figure {
  const passes = value >= floor;
  const margin = passes ? `${percent(value / floor - 1)} over` : `short by ${show(floor - value)} (${percent(1 - value / floor)})`;
  return { ...figure, goal: `≥ ${show(floor)}`, verdict: passes ? "pass" : "miss", margin };
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(0)}%`;
}

const VERDICT = { pass: "✅ pass", miss: "❌ miss", info: "—", skipped: "⏭ skipped" } as const;

export function sectionMarkdown(section: Section): string {
  const lines = [`### ${section.title}`, ""];
  if (section.figures.length > 0) {
    lines.push("| what | this project | baseline, same run | goal | result |", "| --- | --- | --- | --- | --- |");
    for (const figure of section.figures) {
      const result = figure.verdict === "info" ? "—" : `${VERDICT[figure.verdict]}${figure.margin ? ` (${figure.margin})` : ""}`;
      lines.push(`| ${[figure.what, figure.value, figure.baseline || "—", figure.goal || "—", result].map(cell).join(" | ")} |`);
    }
    lines.push("");
  }
  for (const note of section.notes) lines.push(`- ${note}`);
  if (section.notes.length > 0) lines.push("");
  return lines.join("\n");
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

export function printSection(section: Section): void {
  console.log(`\n${section.title}`);
  for (const figure of section.figures) {
    const verdict = figure.verdict === "info" ? "" : `  ${VERDICT[figure.verdict]}${figure.margin ? ` (${figure.margin})` : ""}`;
    console.log(
      `  ${figure.what}: ${figure.value}${figure.baseline ? `  [baseline: ${figure.baseline}]` : ""}${figure.goal ? `  goal ${figure.goal}` : ""}${verdict}`,
    );
  }
  for (const note of section.notes) console.log(`  · ${note}`);
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

const TEMPLATE = `# Benchmarks

Figures for the goals of issue 12 ("Readers first, at any size"), each beside a baseline measured in
the same run. \`npm run bench\` measures them and rewrites the part between the \`bench:start\` and
\`bench:end\` markers below; everything outside the markers is written by hand and kept.
One part alone: \`npx tsx scripts/bench/index.ts reading|proxy|scale|moves|weight\` (add \`--write\` to
update this file with it). PostgreSQL comes from \`DATABASE_URL\` (default: ${"`postgresql://postgres@127.0.0.1:5432/postgres`"}).

${START}
${END}

## What was changed to reach it

<!-- Written by hand from the work on issue 12: what each profile showed and what was changed. The benchmark never touches this section. -->
`;

/** Rewrites the generated part of docs/benchmarks.md, creating the file when it is missing. */
export function writeBenchmarksDoc(file: string, generated: string): void {
  const current = existsSync(file) ? readFileSync(file, "utf8") : TEMPLATE;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`${path.relative(process.cwd(), file)} lost its ${START} … ${END} markers: put them back where the figures go.`);
  writeFileSync(file, `${current.slice(0, start + START.length)}\n${generated.trim()}\n${current.slice(end)}`);
}
