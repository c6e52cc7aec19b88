// `npm run content:import -- content.json`: loads a content file into an empty database (migrating it
// first). `--merge --as EMAIL`: merges it into a database with content as the draft of the next
// edition instead (readers keep seeing theirs). The whole file is checked before anything is
// written; a bad file changes nothing.
import "./load-env";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ensurePrismaClient } from "./prisma-generate";
import { openDatabase } from "./embedded-database";

const usage = `usage: npm run content:import -- FILE
       npm run content:import -- --merge --as EMAIL [--dry-run] FILE
  FILE alone loads into an empty database. --merge merges the file's ranking, FAQ and page text into
  this site as the draft of the next edition (starting it, unless one is being prepared), acting as
  the admin EMAIL; --dry-run prints what would change and changes nothing.`;
let parsed;
try {
  parsed = parseArgs({
    options: {
      merge: { type: "boolean", default: false },
      as: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { values: options } = parsed;
if (options.help || parsed.positionals.length !== 1 || (options.merge && !options.as) || (!options.merge && (options.as || options["dry-run"]))) {
  console.log(usage);
  process.exit(options.help ? 0 : 2);
}
const [path] = parsed.positionals as [string];

ensurePrismaClient();
const { createDatabaseClient } = await import("../lib/db");
const { applyMigrations } = await import("../lib/database/migrations");
const { fail } = await import("../lib/result");
const { checkContentFile, hasContentBeforeMigrating, importContent, NOT_EMPTY_MESSAGE } = await import("../lib/content-transfer/import");

let text: string;
try {
  // Strict UTF-8: a file in another encoding would otherwise import with its accents turned into “�”.
  text = new TextDecoder("utf-8", { fatal: true }).decode(await readFile(path));
} catch (error) {
  const why = error instanceof TypeError ? "it is not UTF-8 text; save it again as UTF-8" : (error as Error).message;
  console.error(`Cannot read ${path}: ${why}. Nothing was changed.`);
  process.exit(1);
}
const checked = checkContentFile(text);
if (!checked.ok) {
  console.error(`${path} was not imported; nothing was changed. ${checked.problems.length === 1 ? "One problem" : `${checked.problems.length} problems`}:`);
  for (const problem of checked.problems) console.error(`  ${problem.at}: ${problem.message}`);
  process.exit(1);
}

const database = await openDatabase();
if (options.merge) {
  await applyMigrations(database.url);
  // The mutations use the app's client, which reads DATABASE_URL on first use.
  process.env.DATABASE_URL = database.url;
  const { mergeFromCommandLine } = await import("../lib/content-transfer/merge-command");
  try {
    const outcome = await mergeFromCommandLine(text, options.as!, { dryRun: options["dry-run"] });
    (outcome.ok ? console.log : console.error)(outcome.lines.join("\n"));
    if (!outcome.ok) process.exitCode = 1;
  } finally {
    const { disconnectDatabase } = await import("../lib/db");
    await disconnectDatabase();
    await database.stop();
  }
} else {
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
}
