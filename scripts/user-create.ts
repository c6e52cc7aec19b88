// `npm run user:create -- --email a@b.c --name "A B" --role EDITOR [--password …] [--reset-password]`
import "./load-env";
import { parseArgs } from "node:util";
import { ensurePrismaClient } from "./prisma-generate";
import { openDatabase } from "./embedded-database";

const usage = `usage: npm run user:create -- --email EMAIL [--name NAME] [--role ADMIN|EDITOR] [--password PASSWORD] [--reset-password]
  Without --password a strong password is generated and printed once.
  --reset-password sets a new password for an existing user (and ends their open sessions).`;

let options;
try {
  options = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "EDITOR" },
      password: { type: "string" },
      "reset-password": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (options.help || !options.email) {
  console.log(usage);
  process.exit(options.help ? 0 : 2);
}

ensurePrismaClient();
const { createDatabaseClient } = await import("../lib/db");
const { createUserFromCommandLine, resetPasswordFromCommandLine } = await import("../lib/users/command-line");
const database = await openDatabase();
const db = createDatabaseClient(database.url);
try {
  const result = options["reset-password"]
    ? await resetPasswordFromCommandLine(db, { email: options.email, password: options.password })
    : await createUserFromCommandLine(db, { email: options.email, name: options.name, role: options.role, password: options.password });
  if (!result.ok) {
    console.error(result.message);
    process.exitCode = 1;
  } else {
    console.log(result.message);
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
