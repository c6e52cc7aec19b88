import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectNoHorizontalScroll, expectWellOrderedHeadings, storedPublishedCities } from "./helpers/public-site";

// The public site for everyone: no axe violations in either colour scheme, a sound outline, and
// readable on a 320 px phone and at 200% zoom.

const publicPages = async () => {
  const cities = await storedPublishedCities();
  return [
    { name: "the ranking", path: "/", status: 200 },
    { name: "a city page", path: `/cities/${cities[2]!.slug}`, status: 200 },
    { name: "the 404 page", path: "/cities/atlantis", status: 404 },
  ];
};

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.nodes.length}): ${violation.nodes
        .map((node) => node.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

for (const scheme of ["light", "dark"] as const) {
  test(`the ranking, a city page and the 404 page have no axe violations (${scheme} scheme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const { path, status } of await publicPages()) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(status);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
}

test("the FAQ answers pass axe when they are open too", async ({ page }) => {
  await page.goto("/");
  for (const question of await page.locator("#faq summary").all()) await question.click();
  await expect(page.locator("#faq details[open]")).toHaveCount(await page.locator("#faq details").count());
  expect(await axeViolations(page)).toEqual([]);
});

test("every public page has one h1 and headings in order", async ({ page }) => {
  for (const { path } of await publicPages()) {
    await page.goto(path);
    await expectWellOrderedHeadings(page);
  }
});

test("the ranking is an ordered list and the page has landmarks for its header, content and footer", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("ranking")).toHaveJSProperty("tagName", "OL");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Site" })).toBeVisible();
});

for (const { width, why } of [
  { width: 320, why: "on a 320 px phone" },
  { width: 640, why: "at 200% zoom on a 1280 px window" },
]) {
  test(`the public pages read without sideways scrolling ${why}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const { path } of await publicPages()) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page);
    }
  });
}

test("text never needs a downloaded font, so nothing shifts when one arrives", async ({ page }) => {
  const fontRequests: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fontRequests.push(request.url());
  });
  await page.goto("/");
  await page.goto(`/cities/${(await storedPublishedCities())[0]!.slug}`);
  expect(fontRequests).toEqual([]);
  expect(await page.evaluate(() => document.fonts.size)).toBe(0);
});
