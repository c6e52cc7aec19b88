import { mkdirSync } from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { signInThroughApi, storageStatePath } from "./helpers/auth";
import { e2eUsers } from "./helpers/users";

// Runs once before every spec (the "setup" project in playwright.config.ts): one sign-in per role,
// saved for reuse through `test.use(signedInAs.editor | signedInAs.admin)`.
for (const role of ["editor", "admin"] as const) {
  setup(`sign in as the ${role} once for every spec`, async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    try {
      await signInThroughApi(request, e2eUsers[role]);
      mkdirSync(path.dirname(storageStatePath[role]), { recursive: true });
      await request.storageState({ path: storageStatePath[role] });
    } finally {
      await request.dispose();
    }
  });
}
