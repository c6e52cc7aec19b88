import { beforeEach, describe, expect, it } from "vitest";
import { createTestUser } from "../../test/user-fixtures";
import { db } from "../db";
import { lockedMessage, WRONG_CREDENTIALS_MESSAGE } from "./messages";
import { signInWithPassword, type SignInAttempt } from "./sign-in";
import { addressKey } from "./client-address";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, DEVICE_LIMIT } from "./throttle";

let pauses: number[] = [];
const noPause = async (ms: number) => void pauses.push(ms);
let addressCounter = 0;
let address = "";

// Each test signs in from its own address, so the per-address limit of one test never reaches another.
beforeEach(() => {
  pauses = [];
  addressCounter += 1;
  address = `198.51.100.${addressCounter}`;
});

const signIn = (attempt: Omit<SignInAttempt, "address"> & { address?: string | null }) => signInWithPassword({ address, ...attempt }, noPause);
const wrong = (email: string) => signIn({ email, password: "not-the-password" });
const LOCKED_FOR_15 = lockedMessage(15);

describe("signing in with an email and password", () => {
  it("signs in with the right password, whatever the email's case, and records the time", async () => {
    const user = await createTestUser();
    const outcome = await signIn({ email: `  ${user.email.toUpperCase()} `, password: user.password });
    expect(outcome).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, sessionVersion: 1 },
      deviceToken: expect.stringMatching(new RegExp(`^${user.id}\\.`)),
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastLoginAt).not.toBeNull();
    expect(stored.failedLoginCount).toBe(0);
  });

  it("answers the same generic message for a wrong password, an unknown email, a disabled account and nonsense", async () => {
    const user = await createTestUser();
    const disabled = await createTestUser({ isDisabled: true });
    const outcomes = await Promise.all([
      wrong(user.email),
      wrong("nobody@example.test"),
      signIn({ email: disabled.email, password: disabled.password }),
      signIn({ email: "not an email", password: "x" }),
      signIn({ email: user.email, password: undefined }),
      signIn({ email: user.email, password: "x".repeat(5_000) }),
    ]);
    expect(outcomes).toEqual(outcomes.map(() => ({ ok: false, message: WRONG_CREDENTIALS_MESSAGE })));
  });

  it("does not take half a character for the replacement symbol it would be hashed as", async () => {
    const user = await createTestUser({ password: "a long passphrase \ufffd with a replacement symbol" });
    expect(await signIn({ email: user.email, password: "a long passphrase \ud800 with a replacement symbol" })).toEqual({
      ok: false,
      message: WRONG_CREDENTIALS_MESSAGE,
    });
    expect((await signIn({ email: user.email, password: user.password })).ok).toBe(true);
  });

  it("locks an account after five wrong passwords in a row, even against the right one, and says for how long", async () => {
    const user = await createTestUser();
    const answers: string[] = [];
    for (let attempt = 0; attempt < ACCOUNT_LIMIT.maxFailures; attempt++) {
      const outcome = await wrong(user.email);
      answers.push(outcome.ok ? "signed in" : outcome.message);
    }
    expect(answers).toEqual([...Array(4).fill(WRONG_CREDENTIALS_MESSAGE), LOCKED_FOR_15]);
    expect(await signIn({ email: user.email, password: user.password })).toEqual({ ok: false, message: LOCKED_FOR_15 });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
  });

  it("locks an unknown email exactly like an account, so a lock reveals nothing about who has one", async () => {
    const user = await createTestUser();
    const known: string[] = [];
    const unknown: string[] = [];
    for (let attempt = 0; attempt < ACCOUNT_LIMIT.maxFailures + 1; attempt++) {
      known.push(((await wrong(user.email)) as { message: string }).message);
      unknown.push(((await wrong(`nobody-${user.id}@example.test`)) as { message: string }).message);
    }
    expect(unknown).toEqual(known);
    expect(await db.loginThrottle.findUnique({ where: { key: `email:nobody-${user.id}@example.test` } })).toMatchObject({ failures: 5 });
  });

  it("slows down with every failure before the lock", async () => {
    const user = await createTestUser();
    for (let attempt = 0; attempt < ACCOUNT_LIMIT.maxFailures; attempt++) await wrong(user.email);
    expect(pauses).toEqual([0, 0, 500, 1_000, 2_000]);
  });

  it("lets the account in again once the lock has passed, and a success forgets earlier failures", async () => {
    const user = await createTestUser();
    for (let attempt = 0; attempt < ACCOUNT_LIMIT.maxFailures; attempt++) await wrong(user.email);
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1_000) } });

    expect(await signIn({ email: user.email, password: user.password })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    for (let attempt = 0; attempt < ACCOUNT_LIMIT.maxFailures - 1; attempt++) await wrong(user.email);
    expect(await signIn({ email: user.email, password: user.password })).toMatchObject({ ok: true });
  });

  it("gives a locked account five fresh attempts after the lock, not one", async () => {
    const user = await createTestUser();
    for (let attempt = 0; attempt < ACCOUNT_LIMIT.maxFailures; attempt++) await wrong(user.email);
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1_000) } });
    expect(await wrong(user.email)).toEqual({ ok: false, message: WRONG_CREDENTIALS_MESSAGE });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLoginCount: 1, lockedUntil: null });
  });

  it("refuses parallel guesses beyond the limit instead of checking them all", async () => {
    const user = await createTestUser();
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => wrong(user.email)));
    expect(outcomes.every((outcome) => !outcome.ok)).toBe(true);
    // A pause comes right before each password check: only five were checked.
    expect(pauses.length).toBe(ACCOUNT_LIMIT.maxFailures);
    expect(await signIn({ email: user.email, password: user.password })).toEqual({ ok: false, message: LOCKED_FOR_15 });
  });

  it("locks a client address after twenty failures across emails, but not other addresses", async () => {
    const victim = await createTestUser();
    const answers: string[] = [];
    for (let attempt = 0; attempt < ADDRESS_LIMIT.maxFailures; attempt++) {
      const outcome = await wrong(`guess-${attempt}@example.test`);
      answers.push((outcome as { message: string }).message);
    }
    expect(answers.at(-1)).toBe(LOCKED_FOR_15);
    expect(await signIn({ email: victim.email, password: victim.password })).toEqual({ ok: false, message: LOCKED_FOR_15 });
    expect(await signIn({ email: victim.email, password: victim.password, address: "203.0.113.200" })).toMatchObject({ ok: true });
  });

  it("does not count successful sign-ins against the address", async () => {
    const user = await createTestUser();
    for (let attempt = 0; attempt < ADDRESS_LIMIT.maxFailures + 5; attempt++) {
      expect(await signIn({ email: user.email, password: user.password })).toMatchObject({ ok: true });
    }
    expect(await db.loginThrottle.findUnique({ where: { key: `address:${address}` } })).toMatchObject({ failures: 0 });
  });

  it("does not count attempts on a locked account against the address (nothing was checked)", async () => {
    const user = await createTestUser();
    for (let attempt = 0; attempt < ACCOUNT_LIMIT.maxFailures; attempt++) await wrong(user.email);
    for (let attempt = 0; attempt < ADDRESS_LIMIT.maxFailures; attempt++) await signIn({ email: user.email, password: user.password });
    expect(await db.loginThrottle.findUnique({ where: { key: `address:${address}` } })).toMatchObject({ failures: ACCOUNT_LIMIT.maxFailures });
  });

  it("keeps failed passwords out of everything it stores", async () => {
    const user = await createTestUser();
    await signIn({ email: user.email, password: "my-secret-guess-123" });
    const stored = JSON.stringify([await db.user.findMany(), await db.loginThrottle.findMany(), await db.auditEvent.findMany()]);
    expect(stored).not.toContain("my-secret-guess-123");
  });
});

describe("a browser that signed in before (device cookies)", () => {
  /** Signs in once from "the owner's browser" and returns the device cookie it was given. */
  async function ownersDeviceToken(user: { email: string; password: string }): Promise<string> {
    const outcome = await signIn({ email: user.email, password: user.password });
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.deviceToken;
  }

  it("keeps its owner signing in while a guesser elsewhere has locked the account", async () => {
    const user = await createTestUser();
    const deviceToken = await ownersDeviceToken(user);
    for (let attempt = 0; attempt < 25; attempt++) await signIn({ email: user.email, password: `guess-${attempt}`, address: "203.0.113.66" });
    expect(await signIn({ email: user.email, password: user.password, address: "203.0.113.67" })).toEqual({ ok: false, message: LOCKED_FOR_15 });
    expect(await signIn({ email: user.email, password: user.password, deviceTokens: [deviceToken] })).toMatchObject({ ok: true });
    // The owner's success does not lift the lock for everyone else.
    expect(await signIn({ email: user.email, password: user.password, address: "203.0.113.68" })).toEqual({ ok: false, message: LOCKED_FOR_15 });
  });

  it("is not held back by a locked address either, since its failures are counted on the cookie", async () => {
    const user = await createTestUser();
    const deviceToken = await ownersDeviceToken(user);
    for (let attempt = 0; attempt < ADDRESS_LIMIT.maxFailures; attempt++) await wrong(`guess-${attempt}@example.test`);
    expect(await signIn({ email: user.email, password: user.password })).toEqual({ ok: false, message: LOCKED_FOR_15 });
    expect(await signIn({ email: user.email, password: user.password, deviceTokens: [deviceToken] })).toMatchObject({ ok: true });
  });

  it("limits the cookie's own failures, then treats the browser as a stranger", async () => {
    const user = await createTestUser();
    const deviceToken = await ownersDeviceToken(user);
    const answers: string[] = [];
    for (let attempt = 0; attempt < DEVICE_LIMIT.maxFailures; attempt++) {
      answers.push(((await signIn({ email: user.email, password: "wrong-again", deviceTokens: [deviceToken] })) as { message: string }).message);
    }
    expect(answers).toEqual([...Array(DEVICE_LIMIT.maxFailures - 1).fill(WRONG_CREDENTIALS_MESSAGE), LOCKED_FOR_15]);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    // Locked cookie: the account's rule for unknown browsers applies from here (its count starts afresh).
    expect(await signIn({ email: user.email, password: "wrong-again", deviceTokens: [deviceToken] })).toEqual({
      ok: false,
      message: WRONG_CREDENTIALS_MESSAGE,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLoginCount: 1 });
  });

  it("trusts only a cookie signed for this account: another account's or a tampered one counts as a stranger", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const othersToken = await ownersDeviceToken(other);
    const forged = `${user.id}.${othersToken.split(".").slice(1).join(".")}`;
    for (let attempt = 0; attempt < ACCOUNT_LIMIT.maxFailures; attempt++) await wrong(user.email);
    for (const deviceTokens of [[othersToken], [forged], ["garbage"]]) {
      expect(await signIn({ email: user.email, password: user.password, deviceTokens })).toEqual({ ok: false, message: LOCKED_FOR_15 });
    }
  });
});

describe("client addresses", () => {
  it("counts one IPv6 /64 network as one address", async () => {
    const answers: string[] = [];
    for (let attempt = 0; attempt < ADDRESS_LIMIT.maxFailures; attempt++) {
      // A different address of the same /64 network each time.
      const outcome = await signIn({
        email: `v6-guess-${attempt}@example.test`,
        password: "guess",
        address: addressKey(`2001:db8:77:1:${attempt.toString(16)}::1`),
      });
      answers.push((outcome as { message: string }).message);
    }
    expect(answers.at(-1)).toBe(LOCKED_FOR_15);
    const user = await createTestUser();
    expect(await signIn({ email: user.email, password: user.password, address: addressKey("2001:db8:77:1:ffff::9") })).toEqual({
      ok: false,
      message: LOCKED_FOR_15,
    });
    expect(await signIn({ email: user.email, password: user.password, address: addressKey("2001:db8:77:2::1") })).toMatchObject({ ok: true });
  });

  it("gives a request without an address no shared bucket to lock", async () => {
    for (let attempt = 0; attempt < ADDRESS_LIMIT.maxFailures + 2; attempt++)
      await signIn({ email: `nowhere-${attempt}@example.test`, password: "guess", address: null });
    const user = await createTestUser();
    expect(await signIn({ email: user.email, password: user.password, address: null })).toMatchObject({ ok: true });
    expect(await db.loginThrottle.findMany({ where: { key: { startsWith: "address:unknown" } } })).toEqual([]);
  });
});
