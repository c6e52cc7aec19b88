import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/users/passwords";
import { queryTestDatabase } from "./database";

/**
 * Users a spec may disable, lock, demote or re-password without disturbing anyone: created in the
 * test database for one test, deleted by deleteThrowawayUsers() afterwards (their audit events stay,
 * attributed by email, as they would for any deleted account).
 */
export type ThrowawayUser = { id: number; email: string; name: string; password: string; role: "ADMIN" | "EDITOR" };

export function throwawayEmail(label = "user"): string {
  return `${label}-${randomBytes(4).toString("hex")}@throwaway.e2e.test`;
}

export async function createThrowawayUser(options: { role?: "ADMIN" | "EDITOR"; name?: string } = {}): Promise<ThrowawayUser> {
  const email = throwawayEmail(options.role === "ADMIN" ? "admin" : "editor");
  const password = `pw-${randomBytes(12).toString("base64url")}`;
  const name = options.name ?? `Throwaway ${email.slice(0, email.indexOf("@"))}`;
  const role = options.role ?? "EDITOR";
  const [row] = await queryTestDatabase<{ id: number }>(
    `INSERT INTO "User" (email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, $4::"Role", now()) RETURNING id`,
    [email, name, await hashPassword(password), role],
  );
  return { id: row!.id, email, name, password, role };
}

/** Deletes every throwaway user (created here or through the dashboard with throwawayEmail()). */
export async function deleteThrowawayUsers(): Promise<void> {
  await queryTestDatabase(`DELETE FROM "User" WHERE email LIKE '%@throwaway.e2e.test'`);
}

export async function storedUser(email: string) {
  const [row] = await queryTestDatabase<{ id: number; role: string; isDisabled: boolean; sessionVersion: number }>(
    `SELECT id, role, "isDisabled", "sessionVersion" FROM "User" WHERE email = $1`,
    [email],
  );
  return row ?? null;
}
