import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { queryTestDatabase } from "./helpers/database";
import { e2eUsers, signedInAs, signInThroughApi } from "./helpers/auth";
import { createThrowawayUser, deleteThrowawayUsers, storedUser, throwawayEmail } from "./helpers/throwaway-users";

test.use(signedInAs.admin);
test.afterEach(deleteThrowawayUsers);

test("an admin adds a user with a generated password, shown once, and the user can sign in with it", async ({ page, playwright, baseURL }) => {
  const email = throwawayEmail("new");
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "Add a user" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a user" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("Nina New");
  await page.getByLabel("Role").selectOption("EDITOR");
  await page.getByRole("button", { name: "Add user" }).click();

  await expect(page.getByRole("status")).toContainText(`Added ${email}`);
  const password = (await page.getByTestId("generated-password").textContent())!.trim();
  expect(password).toMatch(/^[\w-]{24}$/);

  const request = await playwright.request.newContext({ baseURL });
  await signInThroughApi(request, { email, password });
  await request.dispose();

  await page.goto("/admin/users");
  await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Editor");
  const [audit] = await queryTestDatabase<{ userEmail: string; summary: string }>(
    `SELECT "userEmail", summary FROM "AuditEvent" WHERE action = 'user.create' AND summary LIKE $1`,
    [`%${email}`],
  );
  expect(audit).toEqual({ userEmail: e2eUsers.admin.email, summary: `Added editor ${email}` });
});

test("a chosen password that breaks the rules is explained next to the field, and nothing is created", async ({ page }) => {
  const email = throwawayEmail("weak");
  await page.goto("/admin/users/new");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("Wanda Weak");
  await page.getByLabel("Choose a password").check();
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveAttribute("aria-invalid", "true");
  expect(await storedUser(email)).toBeNull();
});

test("disabling a user ends their already-open session at once", async ({ page, browser }) => {
  const user = await createThrowawayUser({ name: "Dora Disabled" });
  const theirs = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await signInThroughApi(theirs.request, user);
  const theirPage = await theirs.newPage();
  await theirPage.goto("/admin/activity");
  await expect(theirPage.getByRole("banner")).toContainText("Signed in as Dora Disabled");

  await page.goto(`/admin/users/${user.id}`);
  await page.getByRole("button", { name: "Disable account" }).click();
  const dialog = page.getByRole("dialog", { name: `Disable ${user.email}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is disabled and signed out everywhere" })).toBeVisible();
  expect(await storedUser(user.email)).toMatchObject({ isDisabled: true });

  await theirPage.reload();
  await expect(theirPage).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Factivity$/);
  const session = await theirs.request.get("/admin/activity", { maxRedirects: 0 });
  expect(session.status()).toBe(307);
  await theirs.close();

  await page.getByRole("button", { name: "Enable account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "can sign in again" })).toBeVisible();
  expect(await storedUser(user.email)).toMatchObject({ isDisabled: false });
});

test("an admin changes a role and resets a password; each ends the user's sessions and is recorded", async ({ page, playwright, baseURL }) => {
  const user = await createThrowawayUser({ name: "Rita Role" });
  const before = (await storedUser(user.email))!;
  await page.goto(`/admin/users/${user.id}`);
  await page.getByRole("combobox", { name: "Role" }).selectOption("ADMIN");
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByRole("status").filter({ hasText: "now an admin" })).toBeVisible();
  expect(await storedUser(user.email)).toMatchObject({ role: "ADMIN", sessionVersion: before.sessionVersion + 1 });

  await page.getByRole("button", { name: "Set new password" }).click();
  const password = (await page.getByTestId("generated-password").textContent())!.trim();
  expect(await storedUser(user.email)).toMatchObject({ sessionVersion: before.sessionVersion + 2 });
  const request = await playwright.request.newContext({ baseURL });
  await signInThroughApi(request, { email: user.email, password });
  await request.dispose();

  const actions = await queryTestDatabase<{ action: string }>(`SELECT action FROM "AuditEvent" WHERE "entityType" = 'user' AND "entityId" = $1 ORDER BY id`, [
    String(user.id),
  ]);
  expect(actions.map((row) => row.action)).toEqual(["user.change-role", "user.reset-password"]);
});

test("the only active admin cannot be demoted, and the page says why", async ({ page }) => {
  const admins = await queryTestDatabase<{ email: string }>(`SELECT email FROM "User" WHERE role = 'ADMIN' AND NOT "isDisabled"`);
  expect(admins, "this test needs the e2e admin to be the only active admin").toEqual([{ email: e2eUsers.admin.email }]);
  const admin = (await storedUser(e2eUsers.admin.email))!;
  await page.goto(`/admin/users/${admin.id}`);
  await page.getByRole("combobox", { name: "Role" }).selectOption("EDITOR");
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(/You are the only active admin/);
  await expect(page.getByText("The only active admin must stay an admin.")).toBeVisible();
  expect(await storedUser(e2eUsers.admin.email)).toMatchObject({ role: "ADMIN", sessionVersion: admin.sessionVersion });
});

test("the users pages have no accessibility violations and break no rule of the page's policy", async ({ page }) => {
  const policyViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  const user = await createThrowawayUser();
  for (const path of ["/admin/users", "/admin/users/new", `/admin/users/${user.id}`]) {
    const response = await page.goto(path);
    expect(response!.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, path).toEqual([]);
  }
  // Hydrated under the policy: the form reacts.
  await page.getByLabel("Choose a password").check();
  await expect(page.getByLabel("New password")).toBeVisible();
  expect(policyViolations).toEqual([]);
});

test("the users list works on a 375 px wide phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/admin/users");
  await expect(page.getByRole("link", { name: "Add a user" })).toBeInViewport();
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(375);
});

test.describe("as an editor", () => {
  test.use(signedInAs.editor);

  test("a direct POST of the add-user action by an editor is refused and creates nothing", async ({ browser, page }) => {
    // Capture the real action call from the admin's form, without letting it through...
    const admin = await browser.newContext({ storageState: signedInAs.admin.storageState });
    const adminPage = await admin.newPage();
    await adminPage.goto("/admin/users/new");
    let captured: { url: string; headers: Record<string, string>; body: string } | null = null;
    await adminPage.route("**/admin/users/new", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      captured = { url: request.url(), headers: await request.allHeaders(), body: request.postData() ?? "" };
      await route.abort();
    });
    const email = throwawayEmail("sneaky");
    await adminPage.getByLabel("Email").fill(email);
    await adminPage.getByLabel("Name").fill("Sneaky");
    await adminPage.getByLabel("Role").selectOption("ADMIN");
    await adminPage.getByRole("button", { name: "Add user" }).click();
    await expect.poll(() => captured).not.toBeNull();
    const call = captured as unknown as { url: string; headers: Record<string, string>; body: string };
    await admin.close();
    expect(call.headers["next-action"]).toBeTruthy();

    // ...and replay it with the editor's session.
    const response = await page.request.post(call.url, {
      headers: {
        "next-action": call.headers["next-action"]!,
        "content-type": call.headers["content-type"]!,
        accept: "text/x-component",
        origin: new URL(call.url).origin,
      },
      data: call.body,
    });
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toContain('"reason":"forbidden"');
    expect(await storedUser(email)).toBeNull();
  });
});
