import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import {
  addScaleCities,
  addScaleDrafts,
  cityRow,
  deleteScaleCities,
  publicRanking,
  restoreCityOrder,
  storedCityNames,
  storedCityOrder,
} from "./helpers/ranking";

test.use(signedInAs.editor);

/** The order every test leaves behind (the seeded ranking, plus the generated cities while the paging tests run). */
let originalOrder: number[];
test.beforeAll(async () => {
  originalOrder = await storedCityOrder();
});
test.afterEach(async ({ request }) => {
  await restoreCityOrder(request, originalOrder);
});

const row = (page: Page, name: string) =>
  page
    .getByTestId("published-list")
    .getByTestId("ordered-row")
    .filter({ has: page.getByRole("link", { name, exact: true }) });
const status = (page: Page) => page.getByRole("status").filter({ hasText: /moved|Undone|changed/ });
/** What dnd-kit tells a screen reader during a drag. */
const dragAnnouncement = (page: Page) => page.locator('[id^="DndLiveRegion"]');

test("an editor moves a city by typing a new rank, and the public ranking follows", async ({ page }) => {
  await page.goto("/admin/cities");
  await page.getByLabel("New rank for Seoul").fill("1");
  await row(page, "Seoul").getByRole("button", { name: "Move", exact: true }).click();
  await expect(status(page)).toHaveText(/Seoul moved from rank 3 to 1\. Saved\./);
  expect((await storedCityNames()).slice(0, 3)).toEqual(["Seoul", "Singapore", "Hong Kong"]);
  expect(await publicRanking(page)).toEqual(await storedCityNames());
});

test("move up and move down buttons, then undo the last move", async ({ page }) => {
  await page.goto("/admin/cities");
  await page.getByRole("button", { name: "Move Tokyo up" }).click();
  await expect(status(page)).toHaveText(/Tokyo moved from rank 9 to 8/);
  await expect(row(page, "Tokyo").getByLabel("rank 8", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(status(page)).toHaveText(/Undone: Tokyo is back at rank 9/);
  expect((await cityRow("tokyo")).rank).toBe(9);
  await page.getByRole("button", { name: "Move Singapore down" }).click();
  await expect(status(page)).toHaveText(/Singapore moved from rank 1 to 2/);
  expect((await storedCityNames()).slice(0, 2)).toEqual(["Hong Kong", "Singapore"]);
});

test("reordering with the keyboard only: pick up, arrow keys, drop", async ({ page }) => {
  await page.goto("/admin/cities");
  const handle = page.getByRole("button", { name: "Drag Osaka, rank 11" });
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(dragAnnouncement(page)).toHaveText(/Picked up Osaka, rank 11 of 15|Osaka is over rank 11/);
  await page.keyboard.press("ArrowUp");
  await expect(dragAnnouncement(page)).toHaveText("Osaka is over rank 10.");
  await page.keyboard.press("ArrowUp");
  await expect(dragAnnouncement(page)).toHaveText("Osaka is over rank 9.");
  await page.keyboard.press("Space");
  await expect(status(page)).toHaveText(/Osaka moved from rank 11 to 9/);
  expect((await cityRow("osaka")).rank).toBe(9);
  expect(await publicRanking(page)).toEqual(await storedCityNames());
});

test("reordering by dragging with the mouse", async ({ page }) => {
  await page.goto("/admin/cities");
  await row(page, "Bangkok").scrollIntoViewIfNeeded();
  const from = await row(page, "Bangkok")
    .getByRole("button", { name: /Drag Bangkok/ })
    .boundingBox();
  const to = await row(page, "Busan").boundingBox();
  if (!from || !to) throw new Error("rows are not on screen");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 4 });
  await expect(dragAnnouncement(page)).toHaveText(/Picked up Bangkok|Bangkok is over rank 15/);
  await page.mouse.move(from.x + from.width / 2, to.y + to.height / 3, { steps: 12 });
  await expect(dragAnnouncement(page)).toHaveText("Bangkok is over rank 14.");
  await page.mouse.up();
  await expect(status(page)).toHaveText(/Bangkok moved from rank 15 to 14/);
  expect((await storedCityNames()).slice(-2)).toEqual(["Bangkok", "Busan"]);
});

test("a stale reorder is refused, nothing changes, and the list reloads to the current order", async ({ page, browser }) => {
  await page.goto("/admin/cities");
  const other = await browser.newContext({ storageState: signedInAs.editor.storageState });
  const otherPage = await other.newPage();
  await otherPage.goto("/admin/cities");
  await otherPage.getByLabel("New rank for Dubai").fill("1");
  await row(otherPage, "Dubai").getByRole("button", { name: "Move", exact: true }).click();
  await expect(status(otherPage)).toHaveText(/Dubai moved from rank 8 to 1/);
  await other.close();

  const before = await storedCityNames();
  await page.getByLabel("New rank for Hangzhou").fill("2");
  await row(page, "Hangzhou").getByRole("button", { name: "Move", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Someone else changed the ranking" })).toBeVisible();
  expect(await storedCityNames()).toEqual(before);
  await expect(row(page, "Dubai").getByLabel("rank 1", { exact: true })).toBeVisible();
});

test.describe("a ranking longer than one page (75 cities, 50 a page)", () => {
  // Each journey pages through several full dashboard pages.
  test.describe.configure({ timeout: 60_000 });
  let seededOrder: number[];
  test.beforeAll(async () => {
    seededOrder = originalOrder;
    originalOrder = [...seededOrder, ...(await addScaleCities(75 - seededOrder.length))];
    await addScaleDrafts(55);
  });
  test.afterAll(async ({ request }) => {
    await deleteScaleCities();
    originalOrder = seededOrder;
    // Once more through the API, so the public pages forget the generated cities.
    await restoreCityOrder(request, originalOrder);
  });

  const rankOf = (page: Page, name: string) => row(page, name).locator('[aria-label^="rank "]');
  const pages = (page: Page) => page.getByRole("navigation", { name: "Pages of the ranking" });

  test("the dashboard shows one page at a time, and the address says which", async ({ page }) => {
    await page.goto("/admin/cities");
    await expect(page.getByTestId("ordered-row")).toHaveCount(50);
    await expect(page.getByTestId("list-summary")).toHaveText("Showing ranks 1–50 of 75.");
    await pages(page).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/admin\/cities\?page=2$/);
    await expect(page.getByTestId("ordered-row")).toHaveCount(25);
    await expect(rankOf(page, "Scale City 51")).toHaveText("51");
    await expect(pages(page).getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  });

  test("a page number in the address that is not a page is named, and the nearest page is shown", async ({ page }) => {
    await page.goto("/admin/cities?page=abc");
    await expect(page.getByRole("alert").filter({ hasText: "page number" })).toHaveText(
      "The page number in the address must be a whole number from 1; showing the first page.",
    );
    await expect(page.getByTestId("list-summary")).toHaveText("Showing ranks 1–50 of 75.");
    await page.goto("/admin/cities?page=9");
    await expect(page.getByRole("alert").filter({ hasText: "only 2 pages" })).toBeVisible();
    await expect(page.getByTestId("list-summary")).toHaveText("Showing ranks 51–75 of 75.");
  });

  test("↑ on the first row of page 2 moves the city to the last place of page 1, and the view follows it there", async ({ page }) => {
    await page.goto("/admin/cities?page=2");
    await page.getByRole("button", { name: "Move Scale City 51 up" }).click();
    await expect(status(page)).toHaveText(/Scale City 51 moved from rank 51 to 50\. Saved\./);
    await expect(page).toHaveURL(/\/admin\/cities$/);
    await expect(rankOf(page, "Scale City 51")).toHaveText("50");
    await expect(page.getByRole("button", { name: "Move Scale City 51 up" })).toBeFocused();
    expect((await cityRow("scale-city-51")).rank).toBe(50);

    // And back down across the edge with the keyboard, focus still on the city's arrow.
    await page.getByRole("button", { name: "Move Scale City 51 down" }).press("Enter");
    await expect(status(page)).toHaveText(/Scale City 51 moved from rank 50 to 51/);
    await expect(page).toHaveURL(/\?page=2$/);
    await expect(rankOf(page, "Scale City 51")).toHaveText("51");
    await expect(page.getByRole("button", { name: "Move Scale City 51 down" })).toBeFocused();
    expect((await cityRow("scale-city-51")).rank).toBe(51);
  });

  test("a typed rank moves a city from page 2 to the top; the notice leads to it, and undo puts it back", async ({ page }) => {
    await page.goto("/admin/cities?page=2");
    await page.getByLabel("New rank for Scale City 75").fill("1");
    await row(page, "Scale City 75").getByRole("button", { name: "Move", exact: true }).click();
    await expect(status(page)).toHaveText(/Scale City 75 moved from rank 75 to 1\. Saved\./);
    expect((await storedCityNames())[0]).toBe("Scale City 75");
    await expect(row(page, "Scale City 75")).toHaveCount(0);
    await page.getByRole("link", { name: "Show Scale City 75 at rank 1" }).click();
    await expect(page).toHaveURL(/\/admin\/cities$/);
    await expect(page.getByTestId("ordered-row").first()).toContainText("Scale City 75");
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(status(page)).toHaveText(/Undone: Scale City 75 is back at rank 75/);
    expect((await cityRow("scale-city-75")).rank).toBe(75);
    await expect(page.getByTestId("ordered-row").first()).toContainText("Singapore");
  });

  test("search runs on the server over the whole ranking and shows each city's rank; a result moves anywhere", async ({ page }) => {
    await page.goto("/admin/cities");
    await page.getByRole("searchbox", { name: "Search" }).fill("scale city 7");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\?q=scale\+city\+7$/);
    await expect(page.getByTestId("list-summary")).toContainText("6 of 75 published match “scale city 7”");
    expect(await page.getByTestId("ordered-row").locator('[aria-label^="rank "]').allTextContents()).toEqual(["70", "71", "72", "73", "74", "75"]);

    // A result moves anywhere in the whole ranking, and stays in the results at its new rank.
    await page.getByLabel("New rank for Scale City 72").fill("2");
    await row(page, "Scale City 72").getByRole("button", { name: "Move", exact: true }).click();
    await expect(status(page)).toHaveText(/Scale City 72 moved from rank 72 to 2\. Saved\./);
    await expect(rankOf(page, "Scale City 72")).toHaveText("2");
    expect(await page.getByTestId("ordered-row").locator('[aria-label^="rank "]').allTextContents()).toEqual(["2", "71", "72", "73", "74", "75"]);
    expect((await storedCityNames())[1]).toBe("Scale City 72");
  });

  test("search looks at countries and slugs too, and takes % and _ literally", async ({ page }) => {
    await page.goto("/admin/cities?q=JAPAN");
    await expect(page.getByTestId("ordered-row")).toHaveCount((await storedCityNamesOf("Japan")).length);
    await page.goto("/admin/cities?q=hong-kong");
    await expect(page.getByTestId("ordered-row")).toHaveCount(1);
    await expect(rankOf(page, "Hong Kong")).toHaveText(String((await cityRow("hong-kong")).rank));
    // % and _ are searched for as themselves, not as wildcards.
    await page.goto("/admin/cities?q=%25");
    await expect(page.getByText("Nothing published matches “%”.")).toBeVisible();
  });

  test("drafts are paged too, apart from the ranking", async ({ page }) => {
    await page.goto("/admin/cities?page=2");
    await expect(page.getByRole("heading", { name: "Drafts (56)" })).toBeVisible();
    await expect(page.getByTestId("draft-row")).toHaveCount(50);
    await page.getByRole("navigation", { name: "Pages of the drafts" }).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\?page=2&drafts=2$/);
    await expect(page.getByTestId("draft-row")).toHaveCount(6);
    await expect(page.getByTestId("list-summary")).toHaveText("Showing ranks 51–75 of 75.");
    await page.goto("/admin/cities?q=scale+draft+04");
    await expect(page.getByTestId("draft-row")).toHaveCount(10);
  });
});

async function storedCityNamesOf(country: string): Promise<string[]> {
  return (await queryTestDatabase<{ name: string }>(`SELECT name FROM "City" WHERE rank IS NOT NULL AND country = $1`, [country])).map((city) => city.name);
}
