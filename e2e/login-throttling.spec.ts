import { expect, test, type PlaywrightWorkerArgs } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { WRONG_CREDENTIALS_MESSAGE } from "../lib/auth/messages";
import { queryTestDatabase } from "./helpers/database";
import { createThrowawayUser, deleteThrowawayUsers, type ThrowawayUser } from "./helpers/throwaway-users";

// Sign-in throttling through the real sign-in endpoint, with many attempts at once, as a password-
// guessing script would make them. (The rules in detail, with a clock: lib/auth/sign-in.int.test.ts;
// the login form's lock message: e2e/auth.spec.ts.)

const LOCKED = "Too many failed attempts. Try again in 15 minutes.";

/** A client address of this run only (TEST-NET-1), so no other spec's attempts count toward it. */
const freshAddress = () => `192.0.2.${1 + (randomBytes(1)[0]! % 250)}`;

test.afterAll(async () => {
  await deleteThrowawayUsers();
});

async function scriptFrom(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, address: string) {
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  /** One sign-in attempt: null when it signed in, else the message the login page would show. */
  const attempt = async (email: string, password: string): Promise<string | null> => {
    const response = await request.post("/api/auth/callback/credentials", { form: { email, password, csrfToken }, maxRedirects: 0 });
    const location = new URL(response.headers()["location"] ?? "/", baseURL);
    return location.searchParams.get("error");
  };
  return { request, attempt };
}

test("thirty parallel guesses at one account: at most five are checked, the account locks, and then even its password is refused", async ({
  playwright,
  baseURL,
}) => {
  const user: ThrowawayUser = await createThrowawayUser();
  const { request, attempt } = await scriptFrom(playwright, baseURL!, freshAddress());
  const answers = await Promise.all(Array.from({ length: 30 }, (_, index) => attempt(user.email, `guess-${index}`)));
  expect(
    answers.every((answer) => answer === WRONG_CREDENTIALS_MESSAGE || answer === LOCKED),
    answers.join("\n"),
  ).toBe(true);
  expect(answers.filter((answer) => answer === WRONG_CREDENTIALS_MESSAGE).length, "guesses actually checked").toBeLessThanOrEqual(5);
  expect(answers).toContain(LOCKED);
  const [stored] = await queryTestDatabase<{ lockedUntil: Date | null }>(`SELECT "lockedUntil" FROM "User" WHERE id = $1`, [user.id]);
  expect(stored!.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

  expect(await attempt(user.email, user.password), "the right password while locked").toBe(LOCKED);
  expect((await (await request.get("/api/auth/session")).json()) as object).toEqual({});
  await request.dispose();
});

test("guesses across many emails from one address lock that address for everyone, and only that address", async ({ playwright, baseURL }) => {
  const victim = await createThrowawayUser();
  const address = freshAddress();
  const guesser = await scriptFrom(playwright, baseURL!, address);
  const answers = await Promise.all(
    Array.from({ length: 25 }, (_, index) => guesser.attempt(`nobody-${index}-${randomBytes(3).toString("hex")}@example.test`, "password guess")),
  );
  expect(
    answers.every((answer) => answer === WRONG_CREDENTIALS_MESSAGE || answer === LOCKED),
    answers.join("\n"),
  ).toBe(true);
  expect(answers.filter((answer) => answer === WRONG_CREDENTIALS_MESSAGE).length, "guesses actually checked").toBeLessThanOrEqual(20);
  expect(await guesser.attempt(victim.email, victim.password), "a real account, from the locked address").toBe(LOCKED);
  await guesser.request.dispose();

  const elsewhere = await scriptFrom(playwright, baseURL!, freshAddress() === address ? "192.0.2.251" : freshAddress());
  expect(await elsewhere.attempt(victim.email, victim.password), "the same account from another address").toBeNull();
  await elsewhere.request.dispose();
});

test("twenty-five wrong passwords from a fresh browser do not stop a browser that signed in before (device cookies)", async ({ browser, baseURL }) => {
  // Five guesses are checked (each after its slowdown), the other twenty wait for the lock.
  test.setTimeout(90_000);
  const user = await createThrowawayUser();
  const signInPage = async (context: import("@playwright/test").BrowserContext, password: string) => {
    const page = await context.newPage();
    await page.goto("/login?callbackUrl=%2Fadmin%2Fcities");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    return page;
  };
  // Both browsers at one address: neither the account lock nor the address lock may reach the owner.
  const address = freshAddress();
  const owners = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  const first = await signInPage(owners, user.password);
  await expect(first).toHaveURL(/\/admin\/cities$/);
  expect((await owners.cookies()).some((cookie) => cookie.name === `device-${user.id}` && cookie.httpOnly)).toBe(true);
  await owners.clearCookies({ name: /session-token/ });

  // The guesses go through the fresh browser's own connection (its cookies, none of them a device cookie).
  const guessers = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
  const { csrfToken } = (await (await guessers.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const guess = async (password: string) => {
    const response = await guessers.request.post("/api/auth/callback/credentials", { form: { email: user.email, password, csrfToken }, maxRedirects: 0 });
    return new URL(response.headers()["location"] ?? "/", baseURL).searchParams.get("error");
  };
  const answers = await Promise.all(Array.from({ length: 25 }, (_, index) => guess(`guess-${index}`)));
  expect(answers).toContain(LOCKED);
  const strangerPage = await signInPage(guessers, user.password);
  await expect(strangerPage.getByRole("alert").filter({ hasText: "Too many failed attempts" })).toBeVisible();

  const again = await signInPage(owners, user.password);
  await expect(again).toHaveURL(/\/admin\/cities$/);
  await guessers.close();
  await owners.close();
});
