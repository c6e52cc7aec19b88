// Every integration test file gets its own migrated, empty database, used through lib/db.ts.
import { afterAll } from "vitest";
import { applyMigrations } from "../lib/database/migrations";
import { disconnectDatabase } from "../lib/db";
import { createTestDatabase } from "./databases";

const database = await createTestDatabase("int");
await applyMigrations(database.url);
process.env.DATABASE_URL = database.url;
// Sign-ins issue signed device cookies (lib/auth/device-cookie.ts), as the running app does.
process.env.NEXTAUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";

afterAll(async () => {
  await disconnectDatabase();
  await database.drop();
});
