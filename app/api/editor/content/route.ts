import { editorQuery } from "@/lib/auth/actions";
import { db } from "@/lib/db";
import { downloadResponse, fileDate } from "@/lib/content-transfer/download";
import { contentFileText, exportContent } from "@/lib/content-transfer/export";

export const dynamic = "force-dynamic";

/** GET /api/editor/content: the whole content as a file to download, as `npm run content:export` writes it. */
export const GET = editorQuery(async () =>
  downloadResponse(contentFileText(await exportContent(db)), `smart-cities-content-${fileDate()}.json`, "application/json; charset=utf-8"),
);
