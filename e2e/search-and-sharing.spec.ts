import { expect, test, type Page } from "@playwright/test";
import { publicSiteFixtures } from "./helpers/fixtures";
import { plainPunctuation } from "../lib/site-metadata";
import { expectedTitle, jsonLdOf, storedListing, storedPublishedCities, storedPublishedFaq } from "./helpers/public-site";

// What search engines and link previews read: titles, descriptions, canonical URLs, cards,
// JSON-LD, the sitemap and robots.txt, all generated from the data.

/** The page's Open Graph picture is a 1200×630 PNG that this site serves, also used by the Twitter card. */
async function expectSharePicture(page: Page) {
  const url = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(url).toBeTruthy();
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", url!);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  const picture = await page.request.get(url!);
  expect(picture.status()).toBe(200);
  expect(picture.headers()["content-type"]).toBe("image/png");
}

test("the ranking page describes itself from the data, with an ItemList of the ranking and a FAQPage", async ({ page, baseURL }) => {
  const [listing, cities, faq, title] = await Promise.all([storedListing(), storedPublishedCities(), storedPublishedFaq(), expectedTitle()]);
  await page.goto("/");
  await expect(page).toHaveTitle(title);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", plainPunctuation(listing.seoDescription));
  // Next writes the site's root without its trailing slash.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^${baseURL}/?$`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`^${baseURL}/?$`));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute("content", title);
  await expectSharePicture(page);

  const jsonLd = await jsonLdOf(page);
  const itemList = jsonLd.find((data) => data["@type"] === "ItemList");
  expect(itemList).toMatchObject({ "@context": "https://schema.org", name: title, numberOfItems: cities.length });
  expect(itemList!["itemListElement"]).toEqual(
    cities.map((city) => ({ "@type": "ListItem", position: city.rank, name: city.name, url: `${baseURL}/cities/${city.slug}` })),
  );
  const faqPage = jsonLd.find((data) => data["@type"] === "FAQPage") as { mainEntity: Array<{ name: string; acceptedAnswer: { text: string } }> };
  expect(faqPage.mainEntity.map((question) => question.name)).toEqual(faq.map((entry) => entry.question));
  expect(faqPage.mainEntity[0]!.acceptedAnswer.text).toContain(faq[0]!.answer.slice(0, 60));
});

test("a city page describes the city as a City, with its own title, description and canonical URL", async ({ page, baseURL }) => {
  const city = (await storedPublishedCities())[2]!;
  await page.goto(`/cities/${city.slug}`);
  const title = `${city.name}: No. ${city.rank} of the top smart cities in Asia`;
  await expect(page).toHaveTitle(title);
  // Typographic quotes made plain in meta tags (lib/site-metadata.ts); the page and JSON-LD keep them.
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", plainPunctuation(city.summary));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/cities/${city.slug}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", plainPunctuation(city.summary));
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expectSharePicture(page);
  expect(await jsonLdOf(page)).toEqual([
    {
      "@context": "https://schema.org",
      "@type": "City",
      name: city.name,
      description: city.summary,
      url: `${baseURL}/cities/${city.slug}`,
      containedInPlace: { "@type": "Country", name: city.country },
    },
  ]);
});

test("the sitemaps list the ranking's page and every published city, never a draft, and robots.txt and the sitemap index name them all", async ({
  request,
  baseURL,
}) => {
  const cities = await storedPublishedCities();
  const robots = await (await request.get("/robots.txt")).text();
  // One sitemap for the ranking's pages, one per 50,000 cities (app/(site)/sitemap.ts).
  expect([...robots.matchAll(/^Sitemap: (.+)$/gm)].map((match) => match[1])).toEqual([`${baseURL}/sitemap/0.xml`, `${baseURL}/sitemap/1.xml`]);
  const locations = async (path: string) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain("xml");
    const xml = await response.text();
    expect(xml).not.toContain(publicSiteFixtures.draftCity.slug);
    return { xml, urls: [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]) };
  };
  // 15 cities fit on the home page: the ranking has one page.
  expect((await locations("/sitemap/0.xml")).urls).toEqual([`${baseURL}/`]);
  // The sitemap index, where crawlers look when robots.txt is not read.
  const index = await locations("/sitemap.xml");
  expect(index.xml).toContain("<sitemapindex");
  expect(index.urls).toEqual([`${baseURL}/sitemap/0.xml`, `${baseURL}/sitemap/1.xml`]);
  const { xml, urls } = await locations("/sitemap/1.xml");
  expect(urls).toEqual(cities.map((city) => `${baseURL}/cities/${city.slug}`));
  for (const city of cities) expect(xml).toContain(`<loc>${baseURL}/cities/${city.slug}</loc>\n<lastmod>${city.updatedAt.toISOString()}</lastmod>`);
  expect((await request.get("/sitemap/2.xml")).status()).toBe(404);
});

test("robots.txt lets search engines in, keeps them out of the dashboard and points to the sitemap", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const robots = await response.text();
  expect(robots).toContain("User-Agent: *");
  expect(robots).toContain("Allow: /");
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toContain("Disallow: /login");
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap/0.xml`);
});
