import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signedInAs } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { cityRow } from "./helpers/ranking";

test.use(signedInAs.editor);

const newestRevision = async (entityType: string, entityId: number) => {
  const [row] = await queryTestDatabase<{ number: number | null }>(`SELECT max(number) AS number FROM "Revision" WHERE "entityType" = $1 AND "entityId" = $2`, [
    entityType,
    entityId,
  ]);
  return row?.number ?? 0;
};

/** Puts a city's summary back through the JSON API, which also refreshes the public pages. */
async function putSummaryBack(request: APIRequestContext, slug: string, summary: string) {
  const city = await cityRow(slug);
  if (city.summary === summary) return;
  const response = await request.patch(`/api/editor/cities/${city.id}`, { data: { version: city.version, summary } });
  expect(response.status(), await response.text()).toBe(200);
}

test("an editor compares two revisions word by word and restores the older one, and readers get it back", async ({ page, request }) => {
  const taipei = await cityRow("taipei");
  const edited = `${taipei.summary} Now with smart water meters.`;
  try {
    await page.goto(`/admin/cities/${taipei.id}`);
    await page.getByLabel("Summary").fill(edited);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    const saved = await newestRevision("city", taipei.id);

    await page.getByRole("link", { name: "Revisions" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "History of Taipei" })).toBeVisible();
    const diff = page.getByTestId("revision-diff");
    await expect(diff).toContainText(`From revision ${saved - 1} to revision ${saved}: 1 field changed.`);
    await expect(diff.getByRole("heading", { name: "Summary" })).toBeVisible();
    await expect(diff.locator("ins")).toHaveCount(1);
    await expect(diff.locator("ins")).toContainText("Now with smart water meters.");
    await expect(diff.locator("del")).toHaveCount(0);
    // The marked words keep their contrast in both colour schemes.
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((violation) => `${colorScheme}: ${violation.id} ${violation.nodes[0]?.target}`)).toEqual([]);
    }

    await page
      .getByTestId(`revision-${saved - 1}`)
      .getByRole("button", { name: `Restore revision ${saved - 1}` })
      .click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: `Restore revision ${saved - 1}` })
      .click();
    await expect(page.getByRole("status").filter({ hasText: `Revision ${saved - 1} is restored: its text is now revision ${saved + 1}` })).toBeVisible();
    await expect(page.getByTestId(`revision-${saved + 1}`)).toContainText(`(the text of revision ${saved - 1})`);
    await expect(diff.locator("del")).toContainText("Now with smart water meters.");
    expect((await cityRow("taipei")).summary).toBe(taipei.summary);

    await page.goto("/cities/taipei");
    await expect(page.getByRole("main")).toContainText(taipei.summary);
    await expect(page.getByRole("main")).not.toContainText("smart water meters");
  } finally {
    await putSummaryBack(request, "taipei", taipei.summary);
  }
});

test("a restore after someone else's save is refused with what happened, and their text stays", async ({ page, request }) => {
  const osaka = await cityRow("osaka");
  try {
    const first = await request.patch(`/api/editor/cities/${osaka.id}`, { data: { version: osaka.version, summary: "Osaka, an older summary." } });
    expect(first.status()).toBe(200);
    const older = await newestRevision("city", osaka.id);
    await page.goto(`/admin/cities/${osaka.id}/history`);
    await expect(page.getByTestId(`revision-${older}`)).toContainText("(current)");

    // Another editor saves while this one reads the history.
    const theirs = await request.patch(`/api/editor/cities/${osaka.id}`, { data: { version: osaka.version + 1, summary: "Osaka, their newer summary." } });
    expect(theirs.status()).toBe(200);

    await page
      .getByTestId(`revision-${older - 1}`)
      .getByRole("button", { name: `Restore revision ${older - 1}` })
      .click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: `Restore revision ${older - 1}` })
      .click();
    await expect(
      page.getByRole("alert").filter({ hasText: `Someone saved this city after you opened its history, so revision ${older - 1} was not restored.` }),
    ).toBeVisible();
    await expect(page.getByTestId(`revision-${older + 1}`)).toContainText("(current)");
    expect((await cityRow("osaka")).summary).toBe("Osaka, their newer summary.");

    // The JSON API says the same with a 409 and the version to reload.
    const stale = await request.post(`/api/editor/cities/${osaka.id}/revisions/${older - 1}/restore`, { data: { version: osaka.version + 1 } });
    expect(stale.status()).toBe(409);
    expect((await stale.json()).error).toMatchObject({ reason: "stale", currentVersion: osaka.version + 2 });
    const missing = await request.post(`/api/editor/cities/${osaka.id}/revisions/9999/restore`, { data: { version: osaka.version + 2 } });
    expect(missing.status()).toBe(404);
    expect((await cityRow("osaka")).summary).toBe("Osaka, their newer summary.");
  } finally {
    await putSummaryBack(request, "osaka", osaka.summary);
  }
});

test("the activity log links a change to the revision it saved", async ({ page, request }) => {
  const busan = await cityRow("busan");
  try {
    const response = await request.patch(`/api/editor/cities/${busan.id}`, { data: { version: busan.version, name: "Busan Metropolitan City" } });
    expect(response.status()).toBe(200);
    const saved = await newestRevision("city", busan.id);
    await page.goto(`/admin/activity?type=city&record=${busan.id}`);
    await page
      .getByTestId("activity-list")
      .getByRole("link", { name: `Revision ${saved}` })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/admin/cities/${busan.id}/history\\?from=${saved - 1}&to=${saved}`));
    const diff = page.getByTestId("revision-diff");
    await expect(diff.getByRole("heading", { name: "Name" })).toBeVisible();
    await expect(diff.locator("ins")).toContainText("Metropolitan City");
  } finally {
    const now = await cityRow("busan");
    await request.patch(`/api/editor/cities/${busan.id}`, { data: { version: now.version, name: "Busan" } });
  }
});

test("the FAQ and the page text keep their histories from the article on", async ({ page }) => {
  const [entry] = (await queryTestDatabase<{ id: number }>(`SELECT id FROM "FaqEntry" WHERE position = 1`)) as [{ id: number }];
  await page.goto(`/admin/faq/${entry.id}`);
  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "History of an FAQ entry" })).toBeVisible();
  await expect(page.getByTestId("revision-1")).toContainText("Imported from the article");

  await page.goto("/admin/page-text");
  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "History of the page text" })).toBeVisible();
  await expect(page.getByTestId("revision-1")).toContainText("Imported from the article");
});
