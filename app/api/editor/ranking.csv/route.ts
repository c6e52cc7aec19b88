import { editorQuery } from "@/lib/auth/actions";
import { db } from "@/lib/db";
import { rankingCsv } from "@/lib/content-transfer/csv";
import { downloadResponse, fileDate } from "@/lib/content-transfer/download";

export const dynamic = "force-dynamic";

/** GET /api/editor/ranking.csv: the published ranking for a spreadsheet (rank, name, country, summary, slug). */
export const GET = editorQuery(async () => downloadResponse(await rankingCsv(db), `smart-cities-ranking-${fileDate()}.csv`, "text/csv; charset=utf-8"));
