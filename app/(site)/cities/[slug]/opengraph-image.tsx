import { shareCardImage, shareCardSize, shortened } from "@/components/site/share-card";
import { prerenderedCitySlugs, publishedCity, publishedCityCount } from "@/lib/cities/queries";

// A city's link-preview picture, prerendered for the same cities as the page itself (the first
// page's); the others are drawn on first request and cached.
export const dynamic = "force-static";
export const alt = "The city's place in the ranking of the smart cities in Asia";
export const size = shareCardSize;
export const contentType = "image/png";

export async function generateStaticParams() {
  return (await prerenderedCitySlugs()).map(({ slug }) => ({ slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [city, count] = await Promise.all([publishedCity(slug), publishedCityCount()]);
  if (!city) return new Response("Not found", { status: 404 });
  return shareCardImage({ kicker: `No. ${city.rank} of ${count} · ${city.country}`, title: city.name, detail: shortened(city.summary, 150) });
}
