import { expect, type APIRequestContext, type Page } from "@playwright/test";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { e2eUsers } from "./users";

/**
 * Signing in for the end-to-end journeys. The setup project (e2e/auth.setup.ts) signs in as the
 * editor and the admin ONCE per run and saves their sessions; a spec reuses one with
 *
 *   import { signedInAs } from "./helpers/auth";
 *   test.use(signedInAs.editor);          // or signedInAs.admin, for the whole file or a describe()
 *
 * Never disable, demote, lock or re-password e2eUsers.editor/admin (that would end these saved
 * sessions for every other spec): use createThrowawayUser() from ./throwaway-users.ts for that.
 */

export type Credentials = { email: string; password: string };

/** Where the setup project saves each session (Playwright storageState files). */
const stateDir = process.env.E2E_STATE_DIR ?? fileURLToPath(new URL("../../tmp/e2e", import.meta.url));
export const storageStatePath = {
  editor: path.join(stateDir, "auth/editor.json"),
  admin: path.join(stateDir, "auth/admin.json"),
} as const;

/** `test.use(signedInAs.editor)`: every page and `request` in the scope starts signed in. */
export const signedInAs = {
  editor: { storageState: storageStatePath.editor },
  admin: { storageState: storageStatePath.admin },
} as const;

/** `test.use(signedOut)`: no session at all, even inside a signed-in describe(). */
export const signedOut = { storageState: { cookies: [], origins: [] } };

/**
 * Signs in the way a script would: GET /api/auth/csrf, then POST /api/auth/callback/credentials
 * with email, password and csrfToken as form fields. The context keeps the session cookie.
 */
export async function signInThroughApi(request: APIRequestContext, credentials: Credentials): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.ok(), "GET /api/auth/csrf answers").toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email: credentials.email, password: credentials.password, csrfToken },
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  expect(response.status(), `sign-in of ${credentials.email} redirects`).toBe(302);
  expect(location, `sign-in of ${credentials.email} succeeds (no error in ${location})`).not.toContain("error=");
  const session = (await (await request.get("/api/auth/session")).json()) as { userId?: number };
  expect(session.userId, `a session for ${credentials.email}`).toEqual(expect.any(Number));
}

/** Signs in through the login page, as a person would. Leaves the page wherever the sign-in leads. */
export async function signInThroughForm(page: Page, credentials: Credentials, path = "/login"): Promise<void> {
  if (!page.url().includes("/login")) await page.goto(path);
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export { e2eUsers };
