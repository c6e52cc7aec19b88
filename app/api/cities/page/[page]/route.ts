import { publishedCityCount, publishedRankingAnswer } from "@/lib/cities/queries";
import { publicJson, publicNotFound } from "@/lib/public-api";
import { apiCitiesPagePath, pageNumberFrom, rankingPageCount } from "@/lib/ranking-pages";

// GET /api/cities/page/<n>: page n of GET /api/cities (ranks 100 × (n − 1) + 1 onwards), the same
// shape. Static like GET /api/cities (see the note there before adding handlers to this file):
// the pages that exist at build time are built with the app, later ones on their first request.
// /api/cities/page/1 moves to /api/cities; a page past the last answers 404.
export const dynamic = "force-static";

export async function generateStaticParams() {
  const pageCount = rankingPageCount(await publishedCityCount());
  return Array.from({ length: pageCount - 1 }, (_, index) => ({ page: String(index + 2) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ page: string }> }) {
  const page = pageNumberFrom((await params).page);
  if (page === 1) return publicJson({ error: "moved", location: apiCitiesPagePath(1) }, { status: 308, headers: { Location: apiCitiesPagePath(1) } });
  const answer = page === null ? null : await publishedRankingAnswer(page);
  if (!answer) return publicNotFound("This page of the ranking does not exist.");
  return publicJson(answer);
}
