import type { Database } from "../db";
import { generatePassword, hashPassword } from "./passwords";
import { emailSchema, newUserSchema, passwordSchema } from "./schema";

type Outcome = { ok: true; message: string } | { ok: false; message: string };

function problems(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${issue.path.join(".") || "value"}: ${issue.message}`).join("\n");
}

/** `npm run user:create`: a new user, audited as done from the command line, who must choose their own password at the first sign-in. */
export async function createUserFromCommandLine(db: Database, input: { email: string; name?: string; role: string; password?: string }): Promise<Outcome> {
  const password = input.password ?? generatePassword();
  const parsed = await newUserSchema.safeParseAsync({ ...input, name: input.name ?? input.email.split("@")[0], role: input.role.toUpperCase(), password });
  if (!parsed.success) return { ok: false, message: problems(parsed.error.issues) };
  const { email, name, role } = parsed.data;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    return {
      ok: false,
      message: `A user with the email ${email} already exists. To set a new password: npm run user:create -- --reset-password --email ${email}`,
    };
  }
  const passwordHash = await hashPassword(parsed.data.password);
  await db.$transaction(async (tx) => {
    // Chosen by whoever ran the command, not by the user: they choose their own at the first sign-in.
    const user = await tx.user.create({ data: { email, name, role, passwordHash, mustChangePassword: true } });
    await tx.auditEvent.create({
      data: {
        userEmail: "command line",
        action: "user.create",
        entityType: "user",
        entityId: String(user.id),
        summary: `Created ${role.toLowerCase()} ${email}`,
        after: { email, name, role },
      },
    });
  });
  const shown = input.password ? "" : ` with password: ${password} (shown once)`;
  return { ok: true, message: `Created ${role.toLowerCase()} ${email}${shown}` };
}

/**
 * `npm run user:create -- --reset-password`: new password, every open session of the user ends, and
 * the user must choose their own at the next sign-in.
 */
export async function resetPasswordFromCommandLine(db: Database, input: { email: string; password?: string }): Promise<Outcome> {
  const email = emailSchema.safeParse(input.email);
  const password = await passwordSchema.safeParseAsync(input.password ?? generatePassword());
  if (!email.success || !password.success) {
    return { ok: false, message: problems([...(email.error?.issues ?? []), ...(password.error?.issues ?? [])]) };
  }
  const user = await db.user.findUnique({ where: { email: email.data }, select: { id: true } });
  if (!user) return { ok: false, message: `No user has the email ${email.data}.` };
  const passwordHash = await hashPassword(password.data);
  await db.$transaction([
    db.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 }, failedLoginCount: 0, lockedUntil: null },
    }),
    db.auditEvent.create({
      data: {
        userEmail: "command line",
        action: "user.reset-password",
        entityType: "user",
        entityId: String(user.id),
        summary: `Reset the password of ${email.data}`,
      },
    }),
  ]);
  const shown = input.password ? "" : `: ${password.data} (shown once)`;
  return { ok: true, message: `New password for ${email.data}${shown}` };
}
