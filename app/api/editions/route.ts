import { editionsAnswer } from "@/lib/editions/queries";
import { publicJson } from "@/lib/public-api";

// GET /api/editions: { current: { year, total, ranking }, archived: [{ year, title, total,
// archivedAt, ranking }] }, newest first (README.md, "JSON read API"). Static like GET /api/cities
// (read the note there before adding handlers here): refreshed by revalidatePublicSite().
export const dynamic = "force-static";

export async function GET() {
  return publicJson(await editionsAnswer());
}
