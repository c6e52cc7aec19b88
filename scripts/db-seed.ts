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
  // The password itself is never printed (it would land in logs): it is in a file only its owner can read.
  if (firstAdmin?.passwordFile)
    console.log(`First admin created: ${firstAdmin.email}; its password is in ${firstAdmin.passwordFile} (change it at the first sign-in)`);
} finally {
  await database.stop();
}
