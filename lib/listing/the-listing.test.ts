import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The listing row is named through lib/listing/the-listing.ts only. A `{ id: 1 }` or `WHERE id = 1`
// written again at a call site works today and hides the singleton from the next reader, so the
// source is scanned for it, like test/sql-injection.int.test.ts scans for pasted SQL.

const root = path.resolve(import.meta.dirname, "../..");

/** A Prisma call on the listing whose where or data names the row by number: `db.listing.update({ where: { id: 1 } …`. */
const PRISMA_BY_NUMBER = /\.listing\.\w+\(\s*\{[^;]*?\b(?:where|data):\s*\{[^}]*?\bid:\s*1\b/;
/** Raw SQL on "Listing" with the number in it: `… FROM "Listing" WHERE id = 1`. */
const SQL_BY_NUMBER = /"Listing"[^;`]*?\bid"?\s*=\s*1\b/;

const namesTheListingByNumber = (text: string) => PRISMA_BY_NUMBER.test(text) || SQL_BY_NUMBER.test(text);

function sourceFiles(directory: string): string[] {
  return (readdirSync(path.join(root, directory), { recursive: true }) as string[])
    .map((file) => path.posix.join(directory, file.split(path.sep).join("/")))
    .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !file.includes("/generated/") && !file.includes("node_modules"));
}

describe("the listing row is named through lib/listing/the-listing.ts", () => {
  it("the scan recognises the listing's number written out, and only the listing's", () => {
    expect(namesTheListingByNumber(`db.listing.findUniqueOrThrow({ where: { id: 1 }, select: { faqVersion: true } })`)).toBe(true);
    expect(namesTheListingByNumber(`tx.listing.findUniqueOrThrow({\n    where: { id: 1 },\n    select: pageTextFields })`)).toBe(true);
    expect(namesTheListingByNumber(`tx.listing.updateMany({ where: { id: 1, version }, data: fields })`)).toBe(true);
    expect(namesTheListingByNumber(`tx.listing.create({ data: { id: 1, ...seedListing } })`)).toBe(true);
    expect(namesTheListingByNumber('tx.$queryRaw`SELECT x FROM "Listing" WHERE id = 1 FOR UPDATE`')).toBe(true);
    expect(namesTheListingByNumber('`UPDATE "Listing" SET a = 1 WHERE "id" = 1`')).toBe(true);

    expect(namesTheListingByNumber(`db.listing.findUniqueOrThrow({ where: theListing, select: { faqVersion: true } })`)).toBe(false);
    expect(namesTheListingByNumber('tx.$queryRaw`SELECT x FROM "Listing" WHERE id = ${LISTING_ID} FOR UPDATE`')).toBe(false);
    expect(namesTheListingByNumber(`db.city.findUnique({ where: { id: 1 } })`)).toBe(false);
    expect(namesTheListingByNumber('`SELECT 1 FROM "City" WHERE id = 1`')).toBe(false);
  });

  it("no code, test or script names it by number", () => {
    const files = ["app", "lib", "components", "scripts", "test", "e2e"]
      .flatMap(sourceFiles)
      .filter((file) => file !== "lib/listing/the-listing.ts" && file !== "lib/listing/the-listing.test.ts");
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => namesTheListingByNumber(readFileSync(path.join(root, file), "utf8")))).toEqual([]);
  });
});
