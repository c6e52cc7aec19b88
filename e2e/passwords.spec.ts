import { expect, test } from "@playwright/test";
import { signInThroughApi, signInThroughForm } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { createThrowawayUser, deleteThrowawayUsers } from "./helpers/throwaway-users";

// Passwords (docs/security.md): changing your own asks for the current one and ends your other
// sessions; a password someone else set must be changed at the next sign-in.

test.afterEach(deleteThrowawayUsers);

const mustChange = (id: number) => queryTestDatabase(`UPDATE "User" SET "mustChangePassword" = true WHERE id = $1`, [id]);

test("changing your own password asks for the current one and signs you out everywhere else", async ({ browser, playwright, baseURL }) => {
  const user = await createThrowawayUser();
  const elsewhere = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.91" } });
  await signInThroughApi(elsewhere, user);
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.92" } });
  const page = await context.newPage();
  await signInThroughForm(page, user, "/login?callbackUrl=%2Fadmin%2Faccount");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password").fill("my-own-new-passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This is not your current password.")).toBeVisible();

  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password").fill("qwerty123456");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This password is too common.")).toBeVisible();

  await page.getByLabel("New password").fill("my-own-new-passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is changed" })).toHaveText("Your password is changed. Signed out 1 other session.");
  expect((await elsewhere.get("/api/editor/cities")).status()).toBe(401);
  // This browser goes on.
  await page.goto("/admin/cities");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Sign in to the dashboard");

  const fresh = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.93" } });
  await signInThroughApi(fresh, { email: user.email, password: "my-own-new-passphrase" });
  await fresh.dispose();
  await elsewhere.dispose();
  await context.close();
});

test("a password set by someone else must be changed at the next sign-in: the dashboard waits, and so does the API", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const user = await createThrowawayUser();
  await mustChange(user.id);
  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.94" } });
  await signInThroughApi(script, user);
  const refused = await script.put("/api/editor/cities/order", { data: { ids: [1], version: 1 } });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("/admin/account");

  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.95" } });
  const page = await context.newPage();
  await signInThroughForm(page, user, "/login?callbackUrl=%2Fadmin%2Fcities");
  await expect(page).toHaveURL(/\/admin\/account$/);
  await expect(page.getByRole("alert").filter({ hasText: "set by someone else" })).toBeVisible();
  await page.goto("/admin/faq");
  await expect(page).toHaveURL(/\/admin\/account$/);

  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password").fill("finally-my-own-passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/admin$|\/admin\/cities$/);
  await page.goto("/admin/faq");
  await expect(page).toHaveURL(/\/admin\/faq$/);
  const [stored] = await queryTestDatabase<{ mustChangePassword: boolean }>(`SELECT "mustChangePassword" FROM "User" WHERE id = $1`, [user.id]);
  expect(stored!.mustChangePassword).toBe(false);
  await script.dispose();
  await context.close();
});
