import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signedInAs } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";

test.use(signedInAs.editor);

const pages = async () => {
  const [{ id: cityId }] = (await queryTestDatabase<{ id: number }>(`SELECT id FROM "City" WHERE slug = 'seoul'`)) as [{ id: number }];
  const [{ id: faqId }] = (await queryTestDatabase<{ id: number }>(`SELECT id FROM "FaqEntry" WHERE position = 1`)) as [{ id: number }];
  return [
    "/admin/cities",
    `/admin/cities/${cityId}`,
    "/admin/cities/new",
    "/admin/cities/trash",
    "/admin/faq",
    `/admin/faq/${faqId}`,
    "/admin/page-text",
    "/admin/activity",
  ];
};

const historyPages = async () => {
  const [{ id: cityId }] = (await queryTestDatabase<{ id: number }>(`SELECT id FROM "City" WHERE slug = 'seoul'`)) as [{ id: number }];
  const [{ id: faqId }] = (await queryTestDatabase<{ id: number }>(`SELECT id FROM "FaqEntry" WHERE position = 1`)) as [{ id: number }];
  return [`/admin/cities/${cityId}/history`, `/admin/faq/${faqId}/history`, "/admin/page-text/history", "/admin/scheduled", "/admin/export"];
};

for (const [scheme, kind, paths] of [
  ["light", "content", pages],
  ["dark", "content", pages],
  ["light", "history", historyPages],
  ["dark", "history", historyPages],
] as const) {
  test(`the dashboard's ${kind} pages have no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of await paths()) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${path}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target}`)).toEqual([]);
    }
  });
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
