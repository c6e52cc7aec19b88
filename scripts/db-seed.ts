// `npm run db:seed`: imports the article into an empty database; a database with content is left alone.
import "./load-env";
import { ensurePrismaClient } from "./prisma-generate";
import { openDatabase } from "./embedded-database";

ensurePrismaClient();
const { prepareDatabase } = await import("../lib/database/prepare");
const database = await openDatabase();
try {
  const { seeded, firstAdmin } = await prepareDatabase(database.url);
  if (!seeded) console.log("The database already has content; nothing was imported (editors' changes are never overwritten).");
  if (firstAdmin?.password) console.log(`First admin created: ${firstAdmin.email} / ${firstAdmin.password} (shown once)`);
} finally {
  await database.stop();
}
