import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { e2eUsers, signedInAs, signInThroughApi, signInThroughForm } from "./helpers/auth";
import { createThrowawayUser, deleteThrowawayUsers } from "./helpers/throwaway-users";

const WRONG = "The email or password is wrong.";
// The form's alert (Next's route announcer is an empty role="alert" of its own).
const formAlert = (page: Page) => page.getByRole("alert").filter({ hasText: /\S/ });

test.afterAll(deleteThrowawayUsers);

test.describe("signed out", () => {
  test("an anonymous visit to /admin goes to the login page, which says where it will return", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to the dashboard" })).toBeVisible();
  });

  test("an editor who signs in lands on the page they asked for", async ({ page }) => {
    await page.goto("/admin/activity?type=city");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await signInThroughForm(page, e2eUsers.editor);
    await expect(page).toHaveURL(/\/admin\/activity\?type=city$/);
    await expect(page.getByRole("banner")).toContainText(`Signed in as ${e2eUsers.editor.name}`);
    await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  });

  test("a login link pointing to another site still lands in the dashboard", async ({ page }) => {
    await page.goto(`/login?callbackUrl=${encodeURIComponent("https://evil.example/steal")}`);
    await signInThroughForm(page, e2eUsers.editor);
    await expect(page).toHaveURL(/\/admin\/cities$/);
  });

  test("a wrong password and an unknown email get the same generic error, announced", async ({ browser }) => {
    // Its own client address, so these failures never count against the other specs' address.
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.61" } });
    const page = await context.newPage();
    const user = await createThrowawayUser();
    await signInThroughForm(page, { email: user.email, password: "not-the-right-password" });
    await expect(formAlert(page)).toHaveText(WRONG);
    await expect(page.getByLabel("Password")).toBeFocused();
    await expect(page.getByLabel("Password")).toHaveValue("");
    await signInThroughForm(page, { email: "nobody@throwaway.e2e.test", password: "not-the-right-password" });
    await expect(formAlert(page)).toHaveText(WRONG);
    await expect(page).toHaveURL(/\/login/);
    await context.close();
  });

  test("an empty form says what is missing next to each field", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });

  test("before the page's script runs, the form cannot be used, so nothing typed is lost and no password is sent in the address", async ({ browser }) => {
    // Without JavaScript the page stays as the server sent it, which is what a slow phone sees first.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/login");
    for (const control of [page.getByLabel("Email"), page.getByLabel("Password"), page.getByRole("button", { name: "Sign in" })])
      await expect(control).toBeDisabled();
    await context.close();
  });

  test("five wrong passwords lock the account, and the login page says for how long", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.62" } });
    const page = await context.newPage();
    const user = await createThrowawayUser();
    await page.goto("/login");
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signInThroughForm(page, { email: user.email, password: `wrong-${attempt}` });
      await expect(formAlert(page)).toHaveText(WRONG);
    }
    await signInThroughForm(page, { email: user.email, password: "wrong-5" });
    await expect(formAlert(page)).toHaveText("Too many failed attempts. Try again in 15 minutes.");
    await signInThroughForm(page, user);
    await expect(formAlert(page)).toHaveText("Too many failed attempts. Try again in 15 minutes.");
    await context.close();
  });

  test("a script signs in through /api/auth/csrf and /api/auth/callback/credentials, with a locked-down cookie", async ({ request }) => {
    await signInThroughApi(request, e2eUsers.admin);
    const page = await request.get("/admin/users");
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain("Add a user");
    const { cookies } = await request.storageState();
    const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });

  test("a script with a wrong password gets no session", async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.63" } });
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email: e2eUsers.admin.email, password: "wrong-password", csrfToken },
      maxRedirects: 0,
    });
    expect(response.headers()["location"]).toContain("error=");
    expect(await (await request.get("/api/auth/session")).json()).toEqual({});
    expect((await request.get("/admin/users", { maxRedirects: 0 })).status()).toBe(307);
    await request.dispose();
    // A success resets the admin's failure count, so the shared account never creeps toward a lock.
    const fresh = await playwright.request.newContext({ baseURL });
    await signInThroughApi(fresh, e2eUsers.admin);
    await fresh.dispose();
  });

  test("the login page has no accessibility violations and a strict, nonce-based script policy", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/login");
    const policy = response!.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    const scripts = page.locator("script");
    expect(await scripts.count()).toBeGreaterThan(0);
    for (const script of await scripts.all()) expect(await script.evaluate((element) => (element as HTMLScriptElement).nonce)).toBe(nonce);
    // The form works (hydrated under the policy) and the page breaks no rule.
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
    expect(violations).toEqual([]);
  });
});

test.describe("signed in as the editor", () => {
  test.use(signedInAs.editor);

  test("the editor cannot open user management: a clear no-access page with a 403", async ({ page }) => {
    const response = await page.goto("/admin/users");
    expect(response!.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
    await expect(page.getByRole("navigation", { name: "Dashboard" })).toBeVisible();
    expect((await page.goto("/admin/users/new"))!.status()).toBe(403);
  });

  test("the login page sends a signed-in editor straight on", async ({ page }) => {
    await page.goto("/login?callbackUrl=%2Fadmin%2Factivity");
    await expect(page).toHaveURL(/\/admin\/activity$/);
  });
});

test.describe("signing out", () => {
  test("signing out ends the session in this browser and returns to the login page", async ({ browser }) => {
    const context = await browser.newContext();
    const user = await createThrowawayUser();
    await signInThroughApi(context.request, user);
    const page = await context.newPage();
    await page.goto("/admin/activity");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/admin/activity");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Factivity$/);
    await context.close();
  });

  test("the skip link and the header work from the keyboard", async ({ browser }) => {
    const context = await browser.newContext({ storageState: signedInAs.editor.storageState });
    const page = await context.newPage();
    await page.goto("/admin/activity");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main-content")).toBeFocused();
    await context.close();
  });
});

test.describe("JSON endpoints for editors", () => {
  test("refuse the signed-out, other sites' pages, non-JSON and malformed bodies, and change nothing", async ({ playwright, baseURL }) => {
    const valid = { ids: [1, 2], version: 0 };
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.put("/api/editor/cities/order", { data: valid })).status()).toBe(401);
    await anonymous.dispose();

    const editor = await playwright.request.newContext({ baseURL, storageState: signedInAs.editor.storageState });
    const crossSite = await editor.put("/api/editor/cities/order", { data: valid, headers: { origin: "https://evil.example" } });
    expect(crossSite.status()).toBe(403);
    const form = await editor.put("/api/editor/cities/order", { form: { ids: "1", version: "0" } });
    expect(form.status()).toBe(400);
    expect(await form.json()).toMatchObject({ error: { reason: "invalid", message: expect.stringContaining("Content-Type: application/json") } });
    const malformed = await editor.put("/api/editor/cities/order", { data: Buffer.from("{ not json"), headers: { "content-type": "application/json" } });
    expect(malformed.status()).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { message: "The request body is not valid JSON." } });
    const invalid = await editor.put("/api/editor/cities/order", { data: { ids: "all of them" } });
    expect(invalid.status()).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { reason: "invalid", fieldErrors: expect.objectContaining({ ids: expect.any(Array) }) } });
    await editor.dispose();
  });
});
