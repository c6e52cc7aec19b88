import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "./helpers/auth";
import { cityRow, publicRanking, restoreCityOrder, storedCityNames, storedCityOrder } from "./helpers/ranking";

test.use(signedInAs.editor);

let originalOrder: number[];
test.beforeAll(async () => {
  originalOrder = await storedCityOrder();
});
test.afterEach(async ({ request }) => {
  await restoreCityOrder(request, originalOrder);
});

const row = (page: Page, name: string) => page.getByTestId("published-list").getByTestId("ordered-row").filter({ has: page.getByRole("link", { name, exact: true }) });
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
  const from = await row(page, "Bangkok").getByRole("button", { name: /Drag Bangkok/ }).boundingBox();
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
