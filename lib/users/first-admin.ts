import type { Database } from "../db";
import { generatePassword, hashPassword } from "./passwords";
import { newUserSchema } from "./schema";

export type FirstAdmin = { email: string; password: string | null; isGenerated: boolean };

/**
 * On a database without users, creates the first admin: from ADMIN_EMAIL/ADMIN_PASSWORD when set,
 * otherwise with a generated password that the caller prints once. Returns null when users exist.
 */
export async function ensureFirstAdmin(db: Database, env: NodeJS.ProcessEnv = process.env): Promise<FirstAdmin | null> {
  if ((await db.user.count()) > 0) return null;
  const isGenerated = !env.ADMIN_PASSWORD;
  const parsed = newUserSchema.safeParse({
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
    const user = await tx.user.create({ data: { email, name, role: "ADMIN", passwordHash } });
    await tx.auditEvent.create({
      data: { userEmail: "system", action: "user.create", entityType: "user", entityId: String(user.id), summary: `Created the first admin ${email}`, after: { email, name, role: "ADMIN" } },
    });
    return true;
  });
  if (!created) return null;
  return { email, password: isGenerated ? password : null, isGenerated };
}
