import { editionYearFrom } from "@/lib/editions/paths";
import { archivedEditions, editionRankingAnswer } from "@/lib/editions/queries";
import { publicJson, publicNotFound } from "@/lib/public-api";

// GET /api/editions/<year>: the first 100 cities of an archived edition, as they were, and the
// address of the next page (README.md, "JSON read API"). Static like GET /api/cities.
export const dynamic = "force-static";

export async function generateStaticParams() {
  return (await archivedEditions()).map((edition) => ({ year: String(edition.year) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const year = editionYearFrom((await params).year);
  const answer = year === null ? null : await editionRankingAnswer(year, 1);
  if (!answer) return publicNotFound("There is no archived edition of that year.");
  return publicJson(answer);
}
