import { editorQuery } from "@/lib/auth/actions";
import { db } from "@/lib/db";
import { rankingCsv } from "@/lib/content-transfer/csv";
import { downloadResponse, fileDate } from "@/lib/content-transfer/download";
import { editionYearFrom } from "@/lib/editions/paths";
import { fail } from "@/lib/result";

export const dynamic = "force-dynamic";

/**
 * GET /api/editor/ranking.csv: the published ranking for a spreadsheet (rank, name, country, summary,
 * slug); `?year=2024`: that kept edition's ranking as readers saw it.
 */
export const GET = editorQuery(async (_editor, request) => {
  const asked = new URL(request.url).searchParams.get("year");
  if (asked === null) return downloadResponse(await rankingCsv(db), `smart-cities-ranking-${fileDate()}.csv`, "text/csv; charset=utf-8");
  const year = editionYearFrom(asked);
  if (year === null) return fail("invalid", "Name the edition by its year, like ?year=2024.");
  if (!(await db.edition.findUnique({ where: { year }, select: { year: true } }))) return fail("not-found", `There is no kept edition of ${year}.`);
  return downloadResponse(await rankingCsv(db, year), `smart-cities-ranking-${year}-edition.csv`, "text/csv; charset=utf-8");
});
