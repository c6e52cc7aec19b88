import { apiEditionPagePath, editionYearFrom } from "@/lib/editions/paths";
import { editionRankingAnswer } from "@/lib/editions/queries";
import { publicJson, publicNotFound } from "@/lib/public-api";
import { pageNumberFrom } from "@/lib/ranking-pages";

// GET /api/editions/<year>/page/<n>: page n of an archived edition's ranking, the same shape as
// GET /api/editions/<year>. Static, built on its first request; page 1 moves to /api/editions/<year>.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ year: string; page: string }> }) {
  const segments = await params;
  const year = editionYearFrom(segments.year);
  const page = pageNumberFrom(segments.page);
  if (year !== null && page === 1) {
    const location = apiEditionPagePath(year, 1);
    return publicJson({ error: "moved", location }, { status: 308, headers: { Location: location } });
  }
  const answer = year === null || page === null ? null : await editionRankingAnswer(year, page);
  if (!answer) return publicNotFound("This page of the edition does not exist.");
  return publicJson(answer);
}
