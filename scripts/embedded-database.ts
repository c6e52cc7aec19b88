import path from "node:path";
import { EmbeddedFolderProblem, openEmbeddedFolder } from "../lib/database/embedded-folder";

/** The embedded database's folder: `.data/` in the checkout, or EMBEDDED_DATABASE_DIR. */
export const DATA_DIR = path.resolve(import.meta.dirname, "..", process.env.EMBEDDED_DATABASE_DIR || ".data");

/**
 * The database a command should use: DATABASE_URL when set; otherwise the embedded database in
 * DATA_DIR, served by this process on an endpoint of that folder only (lib/database/embedded-folder.ts).
 * When another process has the folder open, `ifOpen: "reach"` goes through it (the CLI commands
 * beside `npm run dev`) and `"refuse"` ends this process with one line naming that process.
 */
export async function openDatabase(ifOpen: "reach" | "refuse" = "reach"): Promise<{ url: string; isEmbedded: boolean; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  const port = process.env.EMBEDDED_DATABASE_PORT ? Number(process.env.EMBEDDED_DATABASE_PORT) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65535)) {
    console.error(`EMBEDDED_DATABASE_PORT must be a port number from 1 to 65535, not "${process.env.EMBEDDED_DATABASE_PORT}".`);
    process.exit(2);
  }
  try {
    const opened = await openEmbeddedFolder(DATA_DIR, { command: thisCommand(), ifOpen, port });
    return { url: opened.url, isEmbedded: true, stop: opened.stop };
  } catch (error) {
    if (!(error instanceof EmbeddedFolderProblem)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** How this process was started, in the words the user typed: "npm run dev", or the script and its arguments. */
function thisCommand(): string {
  const script = process.env.npm_lifecycle_event;
  if (script) return script === "start" || script === "test" ? `npm ${script}` : `npm run ${script}`;
  return [path.relative(process.cwd(), process.argv[1] ?? ""), ...process.argv.slice(2)].join(" ");
}
