// A stand-in for `npm run dev` in lib/database/embedded.int.test.ts: opens the embedded database the
// way the app does (EMBEDDED_DATABASE_DIR), prints "ready <url>", and holds it until its stdin closes.
import { openDatabase } from "../scripts/embedded-database";

const database = await openDatabase("refuse");
console.log(`ready ${database.url}`);
process.stdin.resume();
process.stdin.on("end", () => {
  void database.stop().then(() => process.exit(0));
});
