import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { signInWithPassword } from "../auth/sign-in";
import { db } from "../db";
import { createUserFromCommandLine, resetPasswordFromCommandLine } from "./command-line";
import { ensureFirstAdmin, firstAdminLines } from "./first-admin";

beforeEach(async () => {
  await db.auditEvent.deleteMany();
  await db.user.deleteMany();
});

const signIn = (email: string, password: string) => signInWithPassword({ email, password, address: "192.0.2.30" }, async () => undefined);

describe("the first admin", () => {
  it("gets a generated password in a file only its owner can read, never printed, and must change it", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "first-admin-")), "nested", "password.txt");
    const logged = vi.spyOn(console, "log");
    const admin = await ensureFirstAdmin(db, { FIRST_ADMIN_PASSWORD_FILE: file } as unknown as NodeJS.ProcessEnv);
    expect(admin).toEqual({ email: "admin@example.com", passwordFile: file });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const [email, password] = readFileSync(file, "utf8").trim().split("\n");
    expect(email).toBe("admin@example.com");
    expect(await signIn(email!, password!)).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { email: email! } })).toMatchObject({ mustChangePassword: true, role: "ADMIN" });

    const lines = firstAdminLines(admin).join("\n");
    expect(lines).toContain(file);
    expect(lines).not.toContain(password!);
    expect(logged.mock.calls.flat().join(" ")).not.toContain(password!);
    expect(await ensureFirstAdmin(db, { FIRST_ADMIN_PASSWORD_FILE: file } as unknown as NodeJS.ProcessEnv)).toBeNull();
  });

  it("comes from ADMIN_EMAIL/ADMIN_PASSWORD when set, with no file and nothing to change", async () => {
    const admin = await ensureFirstAdmin(db, {
      ADMIN_EMAIL: "Owner@Example.test",
      ADMIN_PASSWORD: "the-owners-own-passphrase",
    } as unknown as NodeJS.ProcessEnv);
    expect(admin).toEqual({ email: "owner@example.test", passwordFile: null });
    expect(await db.user.findUniqueOrThrow({ where: { email: "owner@example.test" } })).toMatchObject({ mustChangePassword: false });
    await expect(ensureFirstAdmin(db, { ADMIN_PASSWORD: "x" } as unknown as NodeJS.ProcessEnv)).resolves.toBeNull();
  });

  it("refuses a common ADMIN_PASSWORD", async () => {
    await expect(ensureFirstAdmin(db, { ADMIN_EMAIL: "owner@example.test", ADMIN_PASSWORD: "qwerty123456" } as unknown as NodeJS.ProcessEnv)).rejects.toThrow(
      /too common/,
    );
    expect(await db.user.count()).toBe(0);
  });
});

describe("passwords set from the command line", () => {
  it("must be changed at the next sign-in, for a new user and after a reset", async () => {
    expect(await createUserFromCommandLine(db, { email: "cli@example.test", role: "editor", password: "cli-chosen-passphrase" })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { email: "cli@example.test" } })).toMatchObject({ mustChangePassword: true });
    await db.user.update({ where: { email: "cli@example.test" }, data: { mustChangePassword: false } });
    expect(await resetPasswordFromCommandLine(db, { email: "cli@example.test" })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { email: "cli@example.test" } })).toMatchObject({ mustChangePassword: true });
  });
});
