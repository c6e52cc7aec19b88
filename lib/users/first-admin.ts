import { closeSync, fchmodSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import type { Database } from "../db";
import { generatePassword, hashPassword } from "./passwords";
import { newUserSchema } from "./schema";

/** `passwordFile`: where a generated password was written (mode 0600), or null when ADMIN_PASSWORD chose it. */
export type FirstAdmin = { email: string; passwordFile: string | null };

/**
 * Where a generated first-admin password goes: FIRST_ADMIN_PASSWORD_FILE, or `first-admin-password.txt`
 * in the data folder (EMBEDDED_DATABASE_DIR, default `.data/`, git-ignored), beside the database it opens.
 */
export function firstAdminPasswordFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.FIRST_ADMIN_PASSWORD_FILE || path.join(env.EMBEDDED_DATABASE_DIR || ".data", "first-admin-password.txt"));
}

/**
 * On a database without users, creates the first admin: from ADMIN_EMAIL/ADMIN_PASSWORD when set,
 * otherwise with a generated password written to a file only its owner can read (never printed,
 * so it does not land in logs), which the admin must change at the first sign-in. Returns null when
 * users exist.
 */
export async function ensureFirstAdmin(db: Database, env: NodeJS.ProcessEnv = process.env): Promise<FirstAdmin | null> {
  if ((await db.user.count()) > 0) return null;
  const isGenerated = !env.ADMIN_PASSWORD;
  const parsed = await newUserSchema.safeParseAsync({
    email: env.ADMIN_EMAIL ?? "admin@example.com",
    name: env.ADMIN_NAME ?? "Administrator",
    role: "ADMIN",
    password: env.ADMIN_PASSWORD ?? generatePassword(),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`ADMIN_EMAIL/ADMIN_PASSWORD cannot be used for the first admin (${problems})`);
  }
  const { email, name, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  const created = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7270738)`;
    if ((await tx.user.count()) > 0) return false;
    const user = await tx.user.create({ data: { email, name, role: "ADMIN", passwordHash, mustChangePassword: isGenerated } });
    await tx.auditEvent.create({
      data: {
        userEmail: "system",
        action: "user.create",
        entityType: "user",
        entityId: String(user.id),
        summary: `Created the first admin ${email}`,
        after: { email, name, role: "ADMIN" },
      },
    });
    return true;
  });
  if (!created) return null;
  if (!isGenerated) return { email, passwordFile: null };
  const file = firstAdminPasswordFile(env);
  try {
    writeOwnerOnly(file, `${email}\n${password}\n`);
  } catch (error) {
    throw new Error(
      `The first admin ${email} was created, but its password could not be written to ${file} (${(error as Error).message}). Set a new one with: npm run user:create -- --reset-password --email ${email}`,
    );
  }
  return { email, passwordFile: file };
}

/** Writes a file readable and writable by its owner only (0600), also when it already existed with wider rights. */
function writeOwnerOnly(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const descriptor = openSync(file, "w", 0o600);
  try {
    fchmodSync(descriptor, 0o600);
    writeSync(descriptor, text);
  } finally {
    closeSync(descriptor);
  }
}

/** What `npm run dev`/`npm start` say about the first admin (never the password itself). */
export function firstAdminLines(admin: FirstAdmin | null): string[] {
  if (admin?.passwordFile) {
    return [
      `  First admin created: ${admin.email}. Its password is in ${admin.passwordFile} (readable only by you).`,
      "  Sign in with it; you will be asked to choose your own. Add users with `npm run user:create`.",
    ];
  }
  if (admin) return [`  First admin created from ADMIN_EMAIL/ADMIN_PASSWORD: ${admin.email}`];
  return ["  Sign in with your account; a forgotten password is reset with `npm run user:create -- --reset-password --email you@example.com`."];
}
