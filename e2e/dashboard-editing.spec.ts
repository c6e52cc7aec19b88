import { expect, test, type APIRequestContext } from "@playwright/test";
import { signedInAs } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { cityRow, publicRanking, storedCityNames } from "./helpers/ranking";
import { fieldNamesOf } from "../lib/content-fields";
import { cityFieldsSchema } from "../lib/cities/schema";

test.use(signedInAs.editor);

/** Puts a summary back through the JSON API, which also refreshes the public pages. */
async function restoreSummary(request: APIRequestContext, slug: string, summary: string) {
  const city = await cityRow(slug);
  const response = await request.patch(`/api/editor/cities/${city.id}`, { data: { version: city.version, summary } });
  expect(response.status(), await response.text()).toBe(200);
}

test("an editor edits a city and readers see the change on the public page", async ({ page, request }) => {
  const osaka = await cityRow("osaka");
  try {
    await page.goto("/admin/cities");
    await page.getByRole("link", { name: "Osaka", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Osaka" })).toBeVisible();
    const summary = page.getByLabel("Summary");
    await summary.fill("Osaka invests in public safety and transport with IoT. (edited)");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    expect((await cityRow("osaka")).summary).toBe("Osaka invests in public safety and transport with IoT. (edited)");
    await page.goto("/");
    await expect(page.getByText("Osaka invests in public safety and transport with IoT. (edited)")).toBeVisible();
  } finally {
    await restoreSummary(request, "osaka", osaka.summary);
  }
});

test("bad input gets a clear message next to the field, and nothing is saved", async ({ page }) => {
  const seoul = await cityRow("seoul");
  await page.goto(`/admin/cities/${seoul.id}`);
  await page.getByLabel("Name").fill("");
  await page.getByLabel("Address (slug)").fill("Not A Slug!");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Enter the city's name.")).toBeVisible();
  await expect(page.getByText("Use lowercase letters, digits and single hyphens, like kuala-lumpur.")).toBeVisible();
  expect((await cityRow("seoul")).version).toBe(seoul.version);
});

test("two editors change the same city: the second is refused with what happened, and keeps their input", async ({ page, browser, request }) => {
  const shenzhen = await cityRow("shenzhen");
  const other = await browser.newContext({ storageState: signedInAs.editor.storageState });
  try {
    const otherPage = await other.newPage();
    await page.goto(`/admin/cities/${shenzhen.id}`);
    await otherPage.goto(`/admin/cities/${shenzhen.id}`);

    await otherPage.getByLabel("Summary").fill("The first editor's summary of Shenzhen.");
    await otherPage.getByRole("button", { name: "Save changes" }).click();
    await expect(otherPage.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    await page.getByLabel("Summary").fill("The second editor's summary, typed with care.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "saved this city after you opened it" })).toContainText("editor@e2e.test");
    await expect(page.getByLabel("Summary")).toHaveValue("The second editor's summary, typed with care.");
    expect((await cityRow("shenzhen")).summary).toBe("The first editor's summary of Shenzhen.");
  } finally {
    await other.close();
    await restoreSummary(request, "shenzhen", shenzhen.summary);
  }
});

test("moving a city to the trash closes the gap; restoring puts it back at its rank", async ({ page }) => {
  const before = await storedCityNames();
  const busan = await cityRow("busan");
  await page.goto(`/admin/cities/${busan.id}`);
  await page.getByRole("button", { name: "Move to trash" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Move to trash" }).click();
  await expect(page).toHaveURL(/\/admin\/cities\/trash/);
  await expect(page.getByRole("row", { name: /Busan/ })).toBeVisible();
  expect(await storedCityNames()).toEqual(before.filter((name) => name !== "Busan"));
  expect(await publicRanking(page)).not.toContain("Busan");

  await page.goto("/admin/cities/trash");
  await page.getByRole("button", { name: "Restore Busan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Busan is restored." })).toBeVisible();
  expect(await storedCityNames()).toEqual(before);
  expect(await publicRanking(page)).toEqual(before);
});

test("a new draft is not public; publishing puts it at the rank the editor chose", async ({ page }) => {
  try {
    await page.goto("/admin/cities/new");
    await page.getByLabel("Name").fill("Ho Chi Minh City");
    await expect(page.getByLabel("Address (slug)")).toHaveValue("ho-chi-minh-city");
    await page.getByLabel("Country").fill("Vietnam");
    await page.getByLabel("Summary").fill("Ho Chi Minh City pilots smart traffic lights.");
    await page.getByLabel("Focus areas").fill("transport, iot");
    await page.getByLabel("Profile", { exact: true }).fill("Ho Chi Minh City is *testing* sensors.");
    await page.getByLabel("Rank when published").fill("2");
    await page.getByRole("button", { name: "Create city" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The city was created." })).toBeVisible();
    expect(await publicRanking(page)).not.toContain("Ho Chi Minh City");

    await page.goto("/admin/cities");
    const draft = page.getByTestId("draft-row").filter({ hasText: "Ho Chi Minh City" });
    await expect(draft).toContainText("Would land at rank 2");
    await draft.getByRole("button", { name: "Publish at 2" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ho Chi Minh City is published." })).toBeVisible();
    expect((await storedCityNames())[1]).toBe("Ho Chi Minh City");
    const ranking = await publicRanking(page);
    expect(ranking).toHaveLength(16);
    expect(ranking[1]).toBe("Ho Chi Minh City");
  } finally {
    const created = await queryTestDatabase<{ id: number; version: number }>(`SELECT id, version FROM "City" WHERE slug = 'ho-chi-minh-city'`);
    for (const city of created) {
      // Unpublished through the API (which refreshes the public pages), then removed.
      await page.request.patch(`/api/editor/cities/${city.id}`, { data: { version: city.version, status: "DRAFT" } });
      await queryTestDatabase(`DELETE FROM "City" WHERE id = $1`, [city.id]);
    }
  }
});

test("the activity page shows who moved what", async ({ page }) => {
  const [{ id }] = (await queryTestDatabase<{ id: number }>(`SELECT id FROM "City" WHERE slug = 'hangzhou'`)) as [{ id: number }];
  await page.goto("/admin/cities");
  await page.getByRole("button", { name: "Move Hangzhou up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Hangzhou moved from rank 13 to 12" })).toBeVisible();
  await page.goto(`/admin/activity?type=city&record=${id}`);
  await expect(page.getByTestId("activity-list").getByRole("listitem").first()).toContainText("Moved Hangzhou from rank 13 to 12");
  await expect(page.getByTestId("activity-list").getByRole("listitem").first()).toContainText("editor@e2e.test");
  await page.goto("/admin/cities");
  await page.getByRole("button", { name: "Move Hangzhou down" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Hangzhou moved from rank 12 to 13" })).toBeVisible();
});

test("every field an editor can set on a city has a control on the new-city and edit forms", async ({ page }) => {
  const seoul = await cityRow("seoul");
  for (const path of ["/admin/cities/new", `/admin/cities/${seoul.id}`]) {
    await page.goto(path);
    // react-hook-form names each control after its field in the schema (lib/cities/schema.ts).
    for (const field of fieldNamesOf(cityFieldsSchema))
      await expect(page.getByRole("main").locator(`form [name="${field}"]`), `${field} on ${path}`).toBeVisible();
  }
});
