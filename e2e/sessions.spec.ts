import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { signedInAs, signInThroughApi, signInThroughForm } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { createThrowawayUser, deleteThrowawayUsers, type ThrowawayUser } from "./helpers/throwaway-users";

// Sessions the server can end (docs/security.md, "Sessions"): signing out, "sign out everywhere"
// and an admin end a session on the server, so a copy of its cookie taken earlier stops working.

test.afterEach(deleteThrowawayUsers);

type Playwright = PlaywrightWorkerArgs["playwright"];

/** A script holding a copy of the browser's cookies, as someone who stole them would. */
async function copyOfCookies(playwright: Playwright, baseURL: string, context: BrowserContext): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL, storageState: await context.storageState() });
}

/** The editors' API as the holder of a cookie sees it: 200, or 401 once the session has ended. */
async function editorApiStatus(request: APIRequestContext): Promise<number> {
  return (await request.get("/api/editor/cities")).status();
}

async function signedInBrowser(browser: Browser, user: ThrowawayUser, address: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  const page = await context.newPage();
  await signInThroughForm(page, user, "/login?callbackUrl=%2Fadmin%2Fcities");
  await expect(page).toHaveURL(/\/admin\/cities$/);
  return { context, page };
}

test("signing out ends the session on the server: a copy of the cookie taken before answers 401 on the editors' API", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const user = await createThrowawayUser();
  const { context, page } = await signedInBrowser(browser, user, "203.0.113.81");
  const stolen = await copyOfCookies(playwright, baseURL!, context);
  expect(await editorApiStatus(stolen)).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await editorApiStatus(stolen)).toBe(401);
  // next-auth would re-issue the cookie on /api/auth/session: it answers "no session" instead.
  expect(await (await stolen.get("/api/auth/session")).json()).toEqual({});
  expect(await editorApiStatus(stolen)).toBe(401);
  const [session] = await queryTestDatabase<{ endedAt: Date | null }>(`SELECT "endedAt" FROM "Session" WHERE "userId" = $1`, [user.id]);
  expect(session!.endedAt).not.toBeNull();
  await stolen.dispose();
  await context.close();
});

test("'sign out everywhere' on the account page ends every session of the user, in every browser and script", async ({ browser, playwright, baseURL }) => {
  const user = await createThrowawayUser();
  const laptop = await signedInBrowser(browser, user, "203.0.113.82");
  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.83" } });
  await signInThroughApi(script, user);
  const stolen = await copyOfCookies(playwright, baseURL!, laptop.context);
  const someoneElse = await createThrowawayUser();
  const colleague = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.84" } });
  await signInThroughApi(colleague, someoneElse);

  await laptop.page.getByRole("link", { name: "Your account" }).click();
  await expect(laptop.page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  const sessions = laptop.page.getByRole("table", { name: "Open sessions" });
  await expect(sessions.getByRole("row")).toHaveCount(3);
  await expect(sessions).toContainText("(this browser)");
  await laptop.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await laptop.page.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop.page).toHaveURL(/\/login/);

  expect(await editorApiStatus(script)).toBe(401);
  expect(await editorApiStatus(stolen)).toBe(401);
  expect(await editorApiStatus(colleague)).toBe(200);
  for (const request of [script, stolen, colleague]) await request.dispose();
  await laptop.context.close();
});

test("'sign out everywhere' with another site's request (no valid CSRF token) ends nothing", async ({ playwright, baseURL }) => {
  const user = await createThrowawayUser();
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.85" } });
  await signInThroughApi(request, user);
  const forged = await request.post("/api/auth/signout?everywhere=1", { form: { csrfToken: "not-the-token", callbackUrl: "/login" }, maxRedirects: 0 });
  expect(forged.status()).toBeLessThan(500);
  expect(await editorApiStatus(request)).toBe(200);
  await request.dispose();
});

test.describe("as an admin", () => {
  test.use(signedInAs.admin);

  test("an admin sees a user's sessions on the user's page and ends them", async ({ page, playwright, baseURL }) => {
    const user = await createThrowawayUser();
    const first = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { "x-forwarded-for": "203.0.113.86", "user-agent": "Mozilla/5.0 (Windows NT 10.0) Firefox/130.0" },
    });
    const second = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.87", "user-agent": "curl/8.5.0" } });
    await signInThroughApi(first, user);
    await signInThroughApi(second, user);

    await page.goto(`/admin/users/${user.id}`);
    const sessions = page.getByRole("table", { name: "Open sessions" });
    const firefox = sessions.getByRole("row", { name: /Firefox on Windows/ });
    await expect(firefox).toContainText("203.0.113.86");
    await expect(sessions.getByRole("row", { name: /curl/ })).toContainText("203.0.113.87");

    await firefox.getByRole("button", { name: "End session" }).click();
    // The list reloads without the ended session, and the confirmation stays (it used to vanish with the reload).
    await expect(firefox).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "Ended 1 session" })).toBeVisible();
    expect(await editorApiStatus(first)).toBe(401);
    expect(await editorApiStatus(second)).toBe(200);

    await page.getByRole("button", { name: "End all sessions" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "End all sessions" }).click();
    await expect(page.getByText("No open sessions.")).toBeVisible();
    expect(await editorApiStatus(second)).toBe(401);
    const actions = await queryTestDatabase<{ summary: string }>(
      `SELECT summary FROM "AuditEvent" WHERE action = 'user.end-sessions' AND "entityId" = $1 ORDER BY id`,
      [String(user.id)],
    );
    expect(actions.map((row) => row.summary)).toEqual([`Ended a session of ${user.email}`, `Ended all 1 session of ${user.email}`]);
    await first.dispose();
    await second.dispose();
  });
});
