import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signedInAs } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";

test.use(signedInAs.editor);

/** The records the pages below show: Seoul and the first FAQ entry. */
const recordIds = async () => {
  const [{ id: cityId }] = (await queryTestDatabase<{ id: number }>(`SELECT id FROM "City" WHERE slug = 'seoul'`)) as [{ id: number }];
  const [{ id: faqId }] = (await queryTestDatabase<{ id: number }>(`SELECT id FROM "FaqEntry" WHERE position = 1`)) as [{ id: number }];
  return { cityId, faqId };
};

// One test per page and colour scheme: axe takes a few seconds a page, more on a busy machine.
const pages: Record<string, (ids: { cityId: number; faqId: number }) => string> = {
  cities: () => "/admin/cities",
  "a city": ({ cityId }) => `/admin/cities/${cityId}`,
  "new city": () => "/admin/cities/new",
  "cities' trash": () => "/admin/cities/trash",
  FAQ: () => "/admin/faq",
  "an FAQ entry": ({ faqId }) => `/admin/faq/${faqId}`,
  "page text": () => "/admin/page-text",
  activity: () => "/admin/activity",
  "a city's history": ({ cityId }) => `/admin/cities/${cityId}/history`,
  "an FAQ entry's history": ({ faqId }) => `/admin/faq/${faqId}/history`,
  "page text's history": () => "/admin/page-text/history",
  scheduled: () => "/admin/scheduled",
  export: () => "/admin/export",
  import: () => "/admin/import",
};

for (const scheme of ["light", "dark"] as const) {
  for (const [name, pathOf] of Object.entries(pages)) {
    test(`the dashboard's ${name} page has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const path = pathOf(await recordIds());
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${path}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target}`)).toEqual([]);
    });
  }
}

test("the ranking is usable on a 375 px wide phone: no sideways scrolling, every control reachable", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/admin/cities");
  await expect(page.getByTestId("published-list")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const move = page.getByRole("button", { name: "Move Seoul up" });
  await move.scrollIntoViewIfNeeded();
  const box = await move.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
});
