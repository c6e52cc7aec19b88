import { describe, expect, it } from "vitest";
import { lockedMessage, signInErrorMessage, SIGN_IN_BROKE_MESSAGE, SIGN_IN_UNAVAILABLE_MESSAGE, WRONG_CREDENTIALS_MESSAGE } from "./messages";

describe("sign-in messages", () => {
  it("says how many minutes a lock lasts, rounded up, in plain English", () => {
    expect(lockedMessage(15)).toBe("Too many failed attempts. Try again in 15 minutes.");
    expect(lockedMessage(0.2)).toBe("Too many failed attempts. Try again in 1 minute.");
    expect(lockedMessage(4.01)).toBe("Too many failed attempts. Try again in 5 minutes.");
  });

  it("shows the server's own answers and nothing else taken from the address bar", () => {
    expect(signInErrorMessage(lockedMessage(3))).toBe(lockedMessage(3));
    expect(signInErrorMessage(SIGN_IN_UNAVAILABLE_MESSAGE)).toBe(SIGN_IN_UNAVAILABLE_MESSAGE);
    expect(signInErrorMessage(SIGN_IN_BROKE_MESSAGE)).toBe(SIGN_IN_BROKE_MESSAGE);
    expect(signInErrorMessage("CredentialsSignin")).toBe(WRONG_CREDENTIALS_MESSAGE);
    expect(signInErrorMessage("Your bank account is frozen, call +1 555 0100")).toBe(WRONG_CREDENTIALS_MESSAGE);
    expect(signInErrorMessage(null)).toBeNull();
  });
});
