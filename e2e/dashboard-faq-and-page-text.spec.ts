import { expect, test } from "@playwright/test";
import { signedInAs } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { fieldNamesOf } from "../lib/content-fields";
import { faqFieldsSchema } from "../lib/faq/schema";

test.use(signedInAs.editor);

const storedQuestions = async () =>
  (await queryTestDatabase<{ question: string }>(`SELECT question FROM "FaqEntry" WHERE position IS NOT NULL ORDER BY position`)).map((row) => row.question);

test("an editor moves an FAQ entry and the public FAQ follows", async ({ page, request }) => {
  const before = await storedQuestions();
  const last = before.at(-1)!;
  try {
    await page.goto("/admin/faq");
    await page.getByLabel(`New position for ${last}`).fill("1");
    await page.getByTestId("ordered-row").filter({ hasText: last }).getByRole("button", { name: "Move", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `${last} moved from position 6 to 1` })).toBeVisible();
    expect((await storedQuestions())[0]).toBe(last);
    await page.goto("/");
    const summaries = await page.locator("#faq details summary").allTextContents();
    expect(summaries.map((text) => text.trim())).toEqual(await storedQuestions());
  } finally {
    const ids = await queryTestDatabase<{ id: number; question: string }>(`SELECT id, question FROM "FaqEntry" WHERE position IS NOT NULL`);
    const order = before.map((question) => ids.find((row) => row.question === question)!.id);
    const [{ faqVersion }] = (await queryTestDatabase<{ faqVersion: number }>(`SELECT "faqVersion" FROM "Listing"`)) as [{ faqVersion: number }];
    expect((await request.put("/api/editor/faq/order", { data: { ids: order, version: faqVersion } })).status()).toBe(200);
  }
});

test("the title template previews the H1 live and a saved title shows on the site with the live count", async ({ page }) => {
  const [original] = (await queryTestDatabase<{ titleTemplate: string }>(`SELECT "titleTemplate" FROM "Listing"`)) as [{ titleTemplate: string }];
  try {
    await page.goto("/admin/page-text");
    await page.getByLabel("Title").fill("The {count} smartest cities in Asia, {year}");
    await expect(page.getByTestId("title-preview")).toHaveText("The 15 smartest cities in Asia, 2024");
    await page.getByLabel("Title").fill("Top 12 Smart Cities in Asia");
    await page.getByRole("button", { name: "Save page text" }).click();
    await expect(page.getByText("Keep {count} in the title")).toBeVisible();
    await page.getByLabel("Title").fill("The {count} smartest cities in Asia, {year}");
    await page.getByRole("button", { name: "Save page text" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The 15 smartest cities in Asia, 2024");
  } finally {
    await page.goto("/admin/page-text");
    await page.getByLabel("Title").fill(original.titleTemplate);
    await page.getByRole("button", { name: "Save page text" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  }
});

test("every field an editor can set on an FAQ entry has a control on the new-entry and edit forms", async ({ page }) => {
  const [entry] = (await queryTestDatabase<{ id: number }>(`SELECT id FROM "FaqEntry" WHERE position = 1`)) as [{ id: number }];
  for (const path of ["/admin/faq/new", `/admin/faq/${entry.id}`]) {
    await page.goto(path);
    for (const field of fieldNamesOf(faqFieldsSchema))
      await expect(page.getByRole("main").locator(`form [name="${field}"]`), `${field} on ${path}`).toBeVisible();
  }
});
