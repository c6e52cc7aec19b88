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

test("thirty parallel guesses at one account: at most five are checked, the account locks, and then even its password is refused", async ({ playwright, baseURL }) => {
  const user: ThrowawayUser = await createThrowawayUser();
  const { request, attempt } = await scriptFrom(playwright, baseURL!, freshAddress());
  const answers = await Promise.all(Array.from({ length: 30 }, (_, index) => attempt(user.email, `guess-${index}`)));
  expect(answers.every((answer) => answer === WRONG_CREDENTIALS_MESSAGE || answer === LOCKED), answers.join("\n")).toBe(true);
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
  const answers = await Promise.all(Array.from({ length: 25 }, (_, index) => guesser.attempt(`nobody-${index}-${randomBytes(3).toString("hex")}@example.test`, "password guess")));
  expect(answers.every((answer) => answer === WRONG_CREDENTIALS_MESSAGE || answer === LOCKED), answers.join("\n")).toBe(true);
  expect(answers.filter((answer) => answer === WRONG_CREDENTIALS_MESSAGE).length, "guesses actually checked").toBeLessThanOrEqual(20);
  expect(await guesser.attempt(victim.email, victim.password), "a real account, from the locked address").toBe(LOCKED);
  await guesser.request.dispose();

  const elsewhere = await scriptFrom(playwright, baseURL!, freshAddress() === address ? "192.0.2.251" : freshAddress());
  expect(await elsewhere.attempt(victim.email, victim.password), "the same account from another address").toBeNull();
  await elsewhere.request.dispose();
});
