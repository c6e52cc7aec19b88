import { randomBytes } from "node:crypto";
import type { Editor } from "../lib/auth/session";
import { db } from "../lib/db";
import { hashPassword } from "../lib/users/passwords";

export type TestUser = Editor & { password: string; sessionVersion: number };

/** A user in the test file's own database, with a real argon2id hash of a known password. */
export async function createTestUser(
  options: { role?: "ADMIN" | "EDITOR"; email?: string; name?: string; isDisabled?: boolean; password?: string } = {},
): Promise<TestUser> {
  const password = options.password ?? `pw-${randomBytes(9).toString("base64url")}`;
  const email = options.email ?? `user-${randomBytes(4).toString("hex")}@example.test`;
  const user = await db.user.create({
    data: {
      email,
      name: options.name ?? email.split("@")[0]!,
      role: options.role ?? "EDITOR",
      isDisabled: options.isDisabled ?? false,
      passwordHash: await hashPassword(password),
    },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
  return { ...user, password };
}
