// `npm run content:import -- content.json`: loads a content file into an empty database (migrating it
// first). The whole file is checked before anything is written; a bad file changes nothing.
import "./load-env";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ensurePrismaClient } from "./prisma-generate";
import { openDatabase } from "./embedded-database";

const usage = "usage: npm run content:import -- FILE";
let parsed;
try {
  parsed = parseArgs({ options: { help: { type: "boolean", default: false } }, allowPositionals: true });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (parsed.values.help || parsed.positionals.length !== 1) {
  console.log(usage);
  process.exit(parsed.values.help ? 0 : 2);
}
const [path] = parsed.positionals as [string];

ensurePrismaClient();
const { createDatabaseClient } = await import("../lib/db");
const { applyMigrations } = await import("../lib/database/migrations");
const { fail } = await import("../lib/result");
const { checkContentFile, hasContentBeforeMigrating, importContent, NOT_EMPTY_MESSAGE } = await import("../lib/content-transfer/import");

let text: string;
try {
  text = await readFile(path, "utf8");
} catch (error) {
  console.error(`Cannot read ${path}: ${(error as Error).message}`);
  process.exit(1);
}
const checked = checkContentFile(text);
if (!checked.ok) {
  console.error(`${path} was not imported; nothing was changed. ${checked.problems.length === 1 ? "One problem" : `${checked.problems.length} problems`}:`);
  for (const problem of checked.problems) console.error(`  ${problem.at}: ${problem.message}`);
  process.exit(1);
}

const database = await openDatabase();
const db = createDatabaseClient(database.url);
try {
  // Refused before migrating: a database with content is left exactly as it was.
  const result = (await hasContentBeforeMigrating(db))
    ? fail("conflict", NOT_EMPTY_MESSAGE)
    : await applyMigrations(database.url).then(() => importContent(db, checked.file));
  if (!result.ok) {
    console.error(result.message);
    process.exitCode = 1;
  } else {
    const { cities, faq, redirects, revisions } = result.value;
    console.log(`Imported ${path}: ${cities} cities, ${faq} FAQ entries, ${redirects} redirects, ${revisions} revisions.`);
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
