import type { Database } from "../db";

/** The columns of the ranking's CSV, in order (docs/content-format.md). */
export const RANKING_CSV_COLUMNS = ["rank", "name", "country", "summary", "slug"] as const;

// A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"); a leading
// apostrophe makes it text, as spreadsheets themselves write it.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvField(value: string | number): string {
  const text = typeof value === "number" ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The published ranking (or, given a year, that kept edition's, as readers saw it), one city a line
 * in rank order, with a header line; lines end in CRLF.
 */
export async function rankingCsv(db: Database, year?: number): Promise<string> {
  const select = { rank: true, name: true, country: true, summary: true, slug: true } as const;
  const cities =
    year === undefined
      ? await db.city.findMany({ where: { rank: { not: null } }, orderBy: { rank: "asc" }, select })
      : await db.editionEntry.findMany({ where: { year }, orderBy: { rank: "asc" }, select });
  const lines = [RANKING_CSV_COLUMNS.join(","), ...cities.map((city) => RANKING_CSV_COLUMNS.map((column) => csvField(city[column]!)).join(","))];
  // The byte order mark tells Excel the file is UTF-8 (it guesses another encoding without it).
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
