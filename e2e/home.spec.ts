import { expect, test } from "@playwright/test";
import { publishedCityNamesInRankOrder } from "./helpers/database";

test("the home page lists the published cities in the ranking's order", async ({ page }) => {
  const expected = await publishedCityNamesInRankOrder();
  expect(expected).toHaveLength(15);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Top 15 Smart Cities in Asia/);
  const items = page.getByRole("main").getByRole("list").first().getByRole("listitem");
  await expect(items).toHaveCount(15);
  const names = await items.allTextContents();
  expect(names.map((text, index) => text.includes(expected[index]!))).toEqual(expected.map(() => true));
});
