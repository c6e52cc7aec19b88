import { expect, test } from "@playwright/test";
import { signedInAs } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { cityRow } from "./helpers/ranking";

test.use(signedInAs.editor);

/** The form's datetime-local value (UTC, as the dashboard reads it) `seconds` from now. */
const utcInputValue = (seconds: number) => new Date(Date.now() + seconds * 1_000).toISOString().slice(0, 19);

async function draftCity(request: import("@playwright/test").APIRequestContext, slug: string) {
  const response = await request.post("/api/editor/cities", {
    data: { name: `Scheduled ${slug}`, slug, country: "Testland", summary: "A city published by its schedule.", profile: "Profile.", focusAreas: ["iot"] },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: number; version: number };
}

/** Schedules a draft from its edit page, `seconds` from now. */
async function scheduleOnItsPage(page: import("@playwright/test").Page, cityId: number, seconds: number) {
  await page.goto(`/admin/cities/${cityId}`);
  const section = page.getByRole("region", { name: "Publish later" });
  await section.getByLabel("Publish at (UTC)").fill(utcInputValue(seconds));
  await section.getByRole("button", { name: "Schedule" }).click();
  await expect(section.getByText("Scheduled to be published at")).toBeVisible();
}

async function removeCity(request: import("@playwright/test").APIRequestContext, slug: string) {
  const city = await cityRow(slug).catch(() => null);
  if (!city) return;
  // Through the API, so the public pages are refreshed, then gone for good.
  await request.delete(`/api/editor/cities/${city.id}`, { data: { version: city.version } });
  await queryTestDatabase(`DELETE FROM "City" WHERE id = $1`, [city.id]);
}

test("an editor schedules a draft; it is published at that time and readers see it", async ({ page, request }) => {
  const slug = "scheduled-e2e";
  try {
    const city = await draftCity(request, slug);
    // Far enough ahead that the save is never late for it on a slow machine.
    await scheduleOnItsPage(page, city.id, 10);

    await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Scheduled" }).click();
    // The runner (every second in the tests) publishes it once its time has come.
    await expect.poll(async () => (await cityRow(slug)).status, { timeout: 30_000 }).toBe("PUBLISHED");
    await page.reload();
    await expect(page.getByRole("region", { name: "Recently finished" })).toContainText(`Scheduled ${slug}`);
    await expect(page.getByRole("region", { name: "Recently finished" })).toContainText("Published at");
    expect((await page.request.get(`/cities/${slug}`)).status()).toBe(200);
  } finally {
    await removeCity(request, slug);
  }
});

test("an editor cancels a schedule from the list, and nothing is published", async ({ page, request }) => {
  const slug = "cancelled-e2e";
  try {
    const city = await draftCity(request, slug);
    await page.goto(`/admin/cities/${city.id}`);
    const section = page.getByRole("region", { name: "Publish later" });
    await section.getByLabel("Publish at (UTC)").fill("2020-01-01T09:00");
    await section.getByRole("button", { name: "Schedule" }).click();
    await expect(section.getByText("Choose a time in the future")).toBeVisible();
    await section.getByLabel("Publish at (UTC)").fill(utcInputValue(3_600));
    await section.getByRole("button", { name: "Schedule" }).click();
    await expect(section.getByText("Scheduled to be published at")).toBeVisible();

    await page.goto("/admin/scheduled");
    const row = page.getByTestId("scheduled-row").filter({ hasText: `Scheduled ${slug}` });
    await row.getByRole("button", { name: `Cancel the schedule of Scheduled ${slug}` }).click();
    await expect(row).toHaveCount(0);
    const [schedule] = await queryTestDatabase<{ state: string }>(`SELECT state FROM "ScheduledPublication" WHERE "entityId" = $1 ORDER BY id DESC`, [city.id]);
    expect(schedule?.state).toBe("cancelled");
    expect((await cityRow(slug)).status).toBe("DRAFT");
  } finally {
    await removeCity(request, slug);
  }
});

test("cancelling a schedule someone else cancelled meanwhile says so, next to it", async ({ page, request }) => {
  const slug = "cancelled-twice-e2e";
  try {
    const city = await draftCity(request, slug);
    await scheduleOnItsPage(page, city.id, 3_600);

    await page.goto("/admin/scheduled");
    const row = page.getByTestId("scheduled-row").filter({ hasText: `Scheduled ${slug}` });
    await expect(row).toHaveCount(1);
    // Another editor cancels it first.
    await queryTestDatabase(`UPDATE "ScheduledPublication" SET state = 'cancelled', "finishedAt" = now() WHERE "entityId" = $1 AND state = 'pending'`, [
      city.id,
    ]);
    await row.getByRole("button", { name: `Cancel the schedule of Scheduled ${slug}` }).click();
    await expect(row.getByRole("alert")).toContainText("This schedule is no longer waiting: it already ran or was cancelled.");
  } finally {
    await removeCity(request, slug);
  }
});

test("the runner's endpoint answers only the app itself", async ({ request }) => {
  const response = await request.post("/api/internal/publish-due", { headers: { "x-schedule-runner-key": "guess" } });
  expect(response.status()).toBe(404);
});
