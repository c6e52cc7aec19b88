import { createDatabaseClient } from "../../lib/db";
import { hashPassword } from "../../lib/users/passwords";

/** The accounts the end-to-end journeys sign in with (test-only passwords, never used elsewhere). */
export const e2eUsers = {
  admin: { email: "admin@e2e.test", password: "e2e-admin-password-1", name: "Ada Admin", role: "ADMIN" },
  editor: { email: "editor@e2e.test", password: "e2e-editor-password-1", name: "Eddie Editor", role: "EDITOR" },
} as const;

export async function createE2eUsers(url: string): Promise<void> {
  const db = createDatabaseClient(url);
  try {
    for (const user of Object.values(e2eUsers)) {
      const passwordHash = await hashPassword(user.password);
      await db.user.upsert({
        where: { email: user.email },
        create: { email: user.email, name: user.name, role: user.role, passwordHash },
        update: { passwordHash, role: user.role, isDisabled: false },
      });
    }
  } finally {
    await db.$disconnect();
  }
}
