// `npm run content:export -- --out content.json`: the whole content as one file (docs/content-format.md).
// Without --out the file goes to standard output.
import "./load-env";
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ensurePrismaClient } from "./prisma-generate";
import { openDatabase } from "./embedded-database";

const usage = "usage: npm run content:export -- [--out FILE]";
let options;
try {
  options = parseArgs({ options: { out: { type: "string" }, help: { type: "boolean", default: false } } }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

ensurePrismaClient();
const { createDatabaseClient } = await import("../lib/db");
const { contentFileText, exportContent } = await import("../lib/content-transfer/export");
const database = await openDatabase();
const db = createDatabaseClient(database.url);
try {
  const file = await exportContent(db);
  const text = contentFileText(file);
  if (options.out) {
    await writeFile(options.out, text);
    console.error(
      `Wrote ${options.out}: ${file.cities.length} cities, ${file.faq.length} FAQ entries, ${file.redirects.length} redirects, ${file.revisions.length} revisions.`,
    );
  } else {
    process.stdout.write(text);
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
