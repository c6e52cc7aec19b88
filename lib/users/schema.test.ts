import { describe, expect, it } from "vitest";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setUserDisabledSchema } from "./schema";

describe("the user forms' schemas", () => {
  it("reads 'generate' as no password, whatever the password field holds", () => {
    const parsed = createUserSchema.parse({ email: "A@Example.test ", name: " Ann ", role: "EDITOR", passwordChoice: "generate", password: "ignored" });
    expect(parsed).toEqual({ email: "a@example.test", name: "Ann", role: "EDITOR", passwordChoice: "generate", password: null });
  });

  it("checks a chosen password against every password rule, under the password field", () => {
    const parsed = resetPasswordSchema.safeParse({ userId: "4", passwordChoice: "choose", password: "aaaaaaaaaaaa" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["password", "This password is too common. Choose one that is harder to guess."],
      ["password", "Use more than a few different characters."],
    ]);
    expect(resetPasswordSchema.parse({ userId: "4", passwordChoice: "choose", password: "a-good-long-passphrase" })).toEqual({ userId: 4, passwordChoice: "choose", password: "a-good-long-passphrase" });
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
