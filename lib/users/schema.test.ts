import { describe, expect, it } from "vitest";
import { commonPasswordCount } from "./common-passwords";
import { changeOwnPasswordSchema, changeRoleSchema, createUserSchema, passwordSchema, resetPasswordSchema, setUserDisabledSchema } from "./schema";

describe("the user forms' schemas", () => {
  it("reads 'generate' as no password, whatever the password field holds", async () => {
    const parsed = await createUserSchema.parseAsync({
      email: "A@Example.test ",
      name: " Ann ",
      role: "EDITOR",
      passwordChoice: "generate",
      password: "ignored",
    });
    expect(parsed).toEqual({ email: "a@example.test", name: "Ann", role: "EDITOR", passwordChoice: "generate", password: null });
  });

  it("checks a chosen password against every password rule, under the password field", async () => {
    const parsed = await resetPasswordSchema.safeParseAsync({ userId: "4", passwordChoice: "choose", password: "111111111111" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toContainEqual([
      "password",
      "Use more than a few different characters.",
    ]);
    const short = await resetPasswordSchema.safeParseAsync({ userId: "4", passwordChoice: "choose", password: "Tr0ub4dor" });
    expect(short.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["password", "Use at least 12 characters."]]);
    expect(await resetPasswordSchema.parseAsync({ userId: "4", passwordChoice: "choose", password: "a-good-long-passphrase" })).toEqual({
      userId: 4,
      passwordChoice: "choose",
      password: "a-good-long-passphrase",
    });
  });

  it("refuses passwords from a maintained list of at least 10,000 common ones, also with digits or symbols added", async () => {
    expect(await commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
    for (const password of ["qwerty123456", "1q2w3e4r5t6y", "123qweasdzxc", "Password1234", "iloveyou2024!", "Sunshine12345", "leavemealone"]) {
      const parsed = await passwordSchema.safeParseAsync(password);
      expect(
        parsed.error?.issues.map((issue) => issue.message),
        password,
      ).toEqual(["This password is too common. Choose one that is harder to guess."]);
    }
    for (const password of ["a-good-long-passphrase", "pw-Zk3u9QxLr2", "e2e-editor-password-1"])
      expect((await passwordSchema.safeParseAsync(password)).success, password).toBe(true);
  });

  it("asks for the current password and a new, different one that follows the rules", async () => {
    const same = await changeOwnPasswordSchema.safeParseAsync({ currentPassword: "a-good-long-passphrase", newPassword: "a-good-long-passphrase" });
    expect(same.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["newPassword", "Choose a password that differs from the current one."],
      ["currentPassword", "This is the same as the new password."],
    ]);
    const empty = await changeOwnPasswordSchema.safeParseAsync({ currentPassword: "", newPassword: "short" });
    expect(new Set(empty.error?.issues.map((issue) => issue.path.join(".")))).toEqual(new Set(["currentPassword", "newPassword"]));
  });

  it("refuses half a character (a lone surrogate, hashed as U+FFFD) or a control character in either password", async () => {
    for (const [currentPassword, newPassword] of [
      ["my old pass\ud800", "a long and \udc00unusual passphrase"],
      ["my old pass\u0000", "a long and \u0007unusual passphrase"],
    ]) {
      const broken = await changeOwnPasswordSchema.safeParseAsync({ currentPassword, newPassword });
      expect(broken.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
        ["currentPassword", "Your current password has an invisible control character or a broken symbol in it: type it again."],
        ["newPassword", "Remove the invisible control characters or broken symbols from the password."],
      ]);
    }
    expect((await passwordSchema.safeParseAsync("a long and unusual passphrase 😀")).success).toBe(true);
  });

  it("reads ids from forms and URLs, and refuses what is not one", () => {
    expect(changeRoleSchema.parse({ userId: "12", role: "ADMIN" })).toEqual({ userId: 12, role: "ADMIN" });
    for (const userId of ["0", "-3", "1.5", "abc", ""]) expect(changeRoleSchema.safeParse({ userId, role: "ADMIN" }).success).toBe(false);
  });

  it("wants a real true or false for disabling", () => {
    expect(setUserDisabledSchema.safeParse({ userId: 1, isDisabled: "false" }).success).toBe(false);
    expect(setUserDisabledSchema.parse({ userId: 1, isDisabled: false })).toEqual({ userId: 1, isDisabled: false });
  });
});
