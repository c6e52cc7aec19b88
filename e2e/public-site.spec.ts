import { expect, test } from "@playwright/test";
import { hostileMarkdown, publicSiteFixtures } from "./helpers/fixtures";
import { expectedTitle, storedListing, storedPublishedCities, storedPublishedFaq } from "./helpers/public-site";

// The reader's journey through the public site, against the production build. The public pages are
// static: they show the database as it was at the build or at the last revalidation, which every
// change made through the app triggers, so they must always agree with what is stored now.

const longDate = (date: Date) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);

test.describe("the ranking page", () => {
  test("lists the published cities in the database's order, each with rank, country, summary, focus areas and a link", async ({ page }) => {
    const cities = await storedPublishedCities();
    await page.goto("/");
    const items = page.getByTestId("ranking").locator(":scope > li");
    await expect(items).toHaveCount(cities.length);
    for (const [index, city] of cities.entries()) {
      const item = items.nth(index);
      await expect(item.locator(".ranked-city-rank")).toHaveText(`Rank ${city.rank}`);
      await expect(item.getByRole("heading", { level: 3 })).toHaveText(city.name);
      await expect(item.getByRole("link", { name: city.name })).toHaveAttribute("href", `/cities/${city.slug}`);
      await expect(item).toContainText(city.country);
      await expect(item).toContainText(city.summary);
      await expect(item.getByRole("list", { name: `Focus areas of ${city.name}` }).getByRole("listitem")).toHaveText(city.focusAreas);
    }
  });

  test("its title counts the published cities, and the draft is not among them", async ({ page }) => {
    const title = await expectedTitle();
    expect(title).toMatch(/^Top \d+ Smart Cities in Asia \(\d{4}\)$/);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle(title);
    await expect(page.getByText(publicSiteFixtures.draftCity.name)).toHaveCount(0);
  });

  test("while every city fits on the home page there is no pager, and no second page", async ({ page, request }) => {
    const cities = await storedPublishedCities();
    expect(cities.length).toBeLessThanOrEqual(100);
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Pages of the ranking" })).toHaveCount(0);
    await expect(page.locator('a[rel="next"], a[rel="prev"]')).toHaveCount(0);
    expect((await request.get("/ranking/2")).status()).toBe(404);
    const first = await request.get("/ranking/1", { maxRedirects: 0 });
    expect(first.status()).toBe(308);
    expect(first.headers()["location"]).toContain("/");
  });

  test("its summary table is a real table that agrees with the list", async ({ page }) => {
    const cities = await storedPublishedCities();
    await page.goto("/");
    const table = page.getByRole("table", { name: /every city by rank/ });
    await expect(table.getByRole("columnheader")).toHaveText(["Rank", "City", "Country"]);
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(cities.length);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent?.trim())));
    expect(cells).toEqual(cities.map((city) => [String(city.rank), city.name, city.country]));
    await expect(table.getByRole("rowheader", { name: cities[0]!.name })).toBeVisible();
  });

  test("has the intro, the development section, the FAQ, the conclusion and the date of the latest change", async ({ page }) => {
    const [listing, cities, faq] = await Promise.all([storedListing(), storedPublishedCities(), storedPublishedFaq()]);
    await page.goto("/");
    await expect(page.getByText("Asia is home to some of the most technologically advanced cities")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: listing.developmentHeading })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: listing.faqHeading })).toBeVisible();
    await expect(page.locator("#faq details summary")).toHaveText(faq.map((entry) => entry.question));
    await expect(page.getByRole("heading", { level: 2, name: "Conclusion" })).toBeVisible();
    const latest = new Date(Math.max(...[listing, ...cities, ...faq].map((row) => row.updatedAt.getTime())));
    await expect(page.locator(".listing-meta time")).toHaveText(longDate(latest));
    await expect(page.locator(".listing-meta time")).toHaveAttribute("datetime", latest.toISOString());
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the ranking, the FAQ answers and a city page can all be read", async ({ page }) => {
    const [cities, faq] = await Promise.all([storedPublishedCities(), storedPublishedFaq()]);
    await page.goto("/");
    await expect(page.getByTestId("ranking").locator(":scope > li")).toHaveCount(cities.length);
    const firstQuestion = page.locator("#faq details").first();
    const answer = firstQuestion.locator(".faq-answer");
    await expect(answer).toBeHidden();
    await firstQuestion.locator("summary").click();
    await expect(answer).toBeVisible();
    await expect(answer).toContainText(faq[0]!.answer.slice(0, 60));
    await page.getByTestId("ranking").getByRole("link", { name: cities[1]!.name }).click();
    await expect(page).toHaveURL(`/cities/${cities[1]!.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(cities[1]!.name);
  });
});

test.describe("a city page", () => {
  test("shows the profile, the rank, the previous and next city and the way back to the list", async ({ page }) => {
    const cities = await storedPublishedCities();
    const [previous, city, next] = cities.slice(1, 4) as [(typeof cities)[0], (typeof cities)[0], (typeof cities)[0]];
    await page.goto(`/cities/${city.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(city.name);
    await expect(page.locator(".city-header .kicker")).toHaveText(`The ranking · No. ${city.rank} of ${cities.length}`);
    await expect(page.locator(".city-profile")).toContainText(city.profile.split("\n\n")[0]!);
    await expect(page.locator(".city-country")).toHaveText(city.country);
    const pager = page.getByRole("navigation", { name: "Previous and next city" });
    await expect(pager.getByRole("link", { name: new RegExp(previous.name) })).toHaveAttribute("href", `/cities/${previous.slug}`);
    await expect(pager.getByRole("link", { name: new RegExp(next.name) })).toHaveAttribute("href", `/cities/${next.slug}`);
    await page.getByRole("link", { name: `See ${city.name} in the ranking` }).click();
    await expect(page).toHaveURL(`/#city-${city.slug}`);
    await expect(page.locator(`#city-${city.slug}`)).toBeInViewport();
  });

  test("the first and the last city link only onward", async ({ page }) => {
    const cities = await storedPublishedCities();
    await page.goto(`/cities/${cities[0]!.slug}`);
    await expect(page.getByRole("navigation", { name: "Previous and next city" }).getByRole("link")).toHaveCount(1);
    await expect(page.getByRole("link", { name: /Previous/ })).toHaveCount(0);
    await page.goto(`/cities/${cities.at(-1)!.slug}`);
    await expect(page.getByRole("link", { name: /Next/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: new RegExp(`Previous.*${cities.at(-2)!.name}`) })).toBeVisible();
  });

  test("an old address of a renamed city redirects permanently to the new one", async ({ page, request }) => {
    const { oldSlug, slug } = publicSiteFixtures.renamedCity;
    const response = await request.get(`/cities/${oldSlug}`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    // Next sends its Location header twice for a page's permanentRedirect(); both name the new address.
    expect(new Set(response.headers()["location"]!.split(/,\s*/))).toEqual(new Set([`/cities/${slug}`]));
    await page.goto(`/cities/${oldSlug}`);
    await expect(page).toHaveURL(`/cities/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Singapore");
  });

  for (const [what, path] of [
    ["an unknown city", "/cities/atlantis"],
    ["a draft city", `/cities/${publicSiteFixtures.draftCity.slug}`],
    ["an old address of a draft city", `/cities/${publicSiteFixtures.renamedDraft.oldSlug}`],
    ["a malformed city address", "/cities/Not%20A%20Slug"],
    ["an unknown page", "/no/such/page"],
  ]) {
    test(`${what} answers a real 404 page in the site's design`, async ({ page }) => {
      const response = await page.goto(path!);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not here");
      await expect(page).toHaveTitle(/Page not found/);
      await expect(page.getByRole("banner").getByRole("link", { name: "Smart Cities in Asia" })).toBeVisible();
      await expect(page.getByRole("contentinfo")).toBeVisible();
      await page.getByRole("link", { name: "Go to the ranking" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(await expectedTitle());
    });
  }

  test("hostile Markdown in a profile is shown as harmless text: nothing runs, nothing is injected", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`/cities/${publicSiteFixtures.hostileCity.slug}`);
    const profile = page.locator(".city-profile");
    await expect(profile).toContainText(publicSiteFixtures.hostileCity.marker);
    await expect(profile).toContainText("a hostile link");
    expect(hostileMarkdown).toContain("<script>");
    await expect(page.locator("#xss-image, #xss-frame, #xss-svg, #xss-paragraph")).toHaveCount(0);
    await expect(profile.locator("script, img, iframe, svg, [onclick], [onerror], [onload]")).toHaveCount(0);
    await expect(profile.getByRole("link", { name: "a hostile link" })).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
    await page.getByText("Click me").click();
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});

test.describe("the site's frame", () => {
  test("a skip link is the first stop of the keyboard and leads to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main-content")).toBeFocused();
  });

  test("focused links show a visible outline", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused).toHaveText("Smart Cities in Asia");
    const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle + " " + getComputedStyle(element).outlineWidth);
    expect(outline).toBe("solid 3px");
  });
});
