import { cityPath } from "@/lib/cities/path";
import { prerenderedCitySlugs, publishedCity, publishedSlugRenamedFrom } from "@/lib/cities/queries";
import { publicJson, publicNotFound } from "@/lib/public-api";

// GET /api/cities/[slug]: { city: { id, slug, name, country, rank, summary, focusAreas, updatedAt, profile } }.
// An old slug of a renamed city answers 308 to the current address; an unknown or draft slug 404.
// Static like GET /api/cities (see the note there before adding handlers to this file): the first
// page's cities are built with the app, the others on their first request, then cached.
export const dynamic = "force-static";

export async function generateStaticParams() {
  return (await prerenderedCitySlugs()).map(({ slug }) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const city = await publishedCity(slug);
  if (city) return publicJson({ city });
  const renamedTo = await publishedSlugRenamedFrom(slug);
  if (renamedTo)
    return publicJson({ error: "moved", location: `/api${cityPath(renamedTo)}` }, { status: 308, headers: { Location: `/api${cityPath(renamedTo)}` } });
  return publicNotFound("No published city has this address.");
}
