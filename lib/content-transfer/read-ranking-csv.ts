import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import { cityFieldsSchema } from "../cities/schema";
import { MAX_ORDER_LENGTH, positionSchema } from "../content-schema";
import { RANKING_CSV_COLUMNS } from "./csv";
import type { ContentProblem } from "./import";

/** One city of an imported ranking: where it came from (for problems), and what it should be. */
export type RankingRow = { at: string; rank: number; name: string; country: string; summary: string; slug: string | null };

export type RankingCsvCheck = { ok: true; rows: RankingRow[] } | { ok: false; problems: ContentProblem[] };

// The city form's own rules for the fields a CSV carries (the profile and focus areas stay as they are).
const rowSchema = z.object({
  rank: z
    .string()
    .trim()
    .regex(/^[0-9]+$/, { error: "Enter the rank as a whole number, like 3." })
    .transform(Number)
    .pipe(positionSchema),
  name: cityFieldsSchema.shape.name,
  country: cityFieldsSchema.shape.country,
  summary: cityFieldsSchema.shape.summary,
  // Empty for a new city: its address is made from its name.
  slug: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), cityFieldsSchema.shape.slug.optional()),
});

// The export writes a cell that would start a formula with an apostrophe before it (lib/content-transfer/csv.ts).
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

/**
 * Reads a ranking as the Export page writes it (rank, name, country, summary, slug; a header line
 * naming the columns in any order, other columns ignored). Every problem is reported by line, and
 * the ranks must be 1..N, once each, so the file says exactly what the ranking becomes.
 */
export function readRankingCsv(text: string): RankingCsvCheck {
  let records: { record: Record<string, string>; raw: string; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      relax_column_count: false,
      info: true,
      raw: true,
    }) as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return refused(`line ${errorLine(text, error)}`, csvErrorMessage(error));
    throw error;
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = RANKING_CSV_COLUMNS.filter((column) => column !== "slug" && !(records.length === 0 ? firstLine(text) : header).includes(column));
  if (missing.length) return refused("line 1", `The first line names the columns; ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing.`);
  if (records.length === 0) return refused("(the file)", "The file has no cities: one line per city follows the header line.");
  if (records.length > MAX_ORDER_LENGTH) return refused("(the file)", `A ranking holds at most ${MAX_ORDER_LENGTH.toLocaleString("en")} cities.`);

  const problems: ContentProblem[] = [];
  const rows: RankingRow[] = [];
  const ranks: { at: string; rank: number }[] = [];
  for (const { record, raw, info } of records) {
    // info.lines is the record's last line; a quoted value may span several.
    const line = info.lines - (raw.replace(/(\r\n|\r|\n)$/, "").split(/\r\n|\r|\n/).length - 1);
    const at = `line ${line}`;
    const values = Object.fromEntries(Object.entries(record).map(([column, value]) => [column, value.replace(ESCAPED_FORMULA, "")]));
    // The rank on its own too, so a repeated rank is found on a line with other problems.
    const rank = rowSchema.shape.rank.safeParse(values.rank);
    if (rank.success) ranks.push({ at, rank: rank.data });
    const parsed = rowSchema.safeParse(values);
    if (parsed.success) rows.push({ at, ...parsed.data, slug: parsed.data.slug ?? null });
    else for (const issue of parsed.error.issues) problems.push({ at: `${at}, ${issue.path.join(".") || "row"}`, message: issue.message });
  }
  problems.push(...rankProblems(ranks, records.length));
  // By line, each line's problems in the order found.
  const lineOf = (problem: ContentProblem) => Number(/^line (\d+)/.exec(problem.at)?.[1] ?? 0);
  problems.sort((a, b) => lineOf(a) - lineOf(b));
  return problems.length ? { ok: false, problems } : { ok: true, rows: rows.sort((a, b) => a.rank - b.rank) };
}

/** Ranks 1..N, once each: a repeated or missing rank is named with its lines. */
function rankProblems(ranks: { at: string; rank: number }[], count: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byRank = new Map<number, string>();
  for (const { at, rank } of ranks) {
    const first = byRank.get(rank);
    if (first) problems.push({ at: `${at}, rank`, message: `Rank ${rank} is already on ${first}.` });
    else if (rank > count) problems.push({ at: `${at}, rank`, message: `Rank ${rank} is beyond the ${count} cities in the file: they hold 1 to ${count}.` });
    else byRank.set(rank, at);
  }
  return problems;
}

function firstLine(text: string): string[] {
  return (
    text
      .replace(/^\uFEFF/, "")
      .split(/\r\n|\r|\n/)[0]
      ?.split(",")
      .map((name) => name.trim().toLowerCase()) ?? []
  );
}

/** The line where the record the parser choked on starts (its raw text; an unclosed quote runs to the end of the file). */
function errorLine(text: string, error: CsvError): number {
  const raw = (error as CsvError & { raw?: string }).raw;
  const start = raw ? text.indexOf(raw) : -1;
  return start < 0 ? 1 : text.slice(0, start).split(/\r\n|\r|\n/).length;
}

function csvErrorMessage(error: CsvError): string {
  if (error.code === "CSV_QUOTE_NOT_CLOSED") return 'A quoted value is never closed: a closing double quote (") is missing.';
  if (error.code === "CSV_RECORD_INCONSISTENT_COLUMNS") return "This line has a different number of values than the header line has columns.";
  if (error.code === "CSV_INVALID_CLOSING_QUOTE") return 'A quote inside a value must be doubled (""), and the value quoted.';
  if (error.code === "INVALID_OPENING_QUOTE") return 'A quote can only open a value: quote the whole value, and double each quote inside it ("").';
  if (error.code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE") return "Something follows a closing quote before the next comma.";
  // Any other of csv-parse's reasons, by its code: its own message quotes the raw line back.
  return `This is not a readable CSV file (${error.code}).`;
}

const refused = (at: string, message: string): RankingCsvCheck => ({ ok: false, problems: [{ at, message }] });
