import type { Database } from "../db";
import { insertRows } from "../database/insert-rows";
import { Prisma } from "../generated/prisma/client";
import { LISTING_ID } from "../listing/the-listing";
import { fail, ok, type Result } from "../result";
import { contentFileSchema, type ContentFile } from "./format";
import { shapeProblem } from "./shape-problem";

/** One thing wrong with a file: where (a JSON path like `cities[3].slug`, or a line and column) and what. */
export type ContentProblem = { at: string; message: string };

export type ContentCheck = { ok: true; file: ContentFile } | { ok: false; problems: ContentProblem[] };

/** Reads and checks a whole content file before anything is written: every problem, not only the first. */
export function checkContentFile(text: string): ContentCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ at: jsonErrorPlace(text, error as Error), message: jsonErrorMessage(error as Error) }],
    };
  }
  const parsed = contentFileSchema.safeParse(json, { error: shapeProblem });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ at: pathText(issue.path) || "(the file)", message: issue.message })) };
  }
  const problems = consistencyProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, file: parsed.data };
}

/** `cities[3].slug` from zod's path. */
function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join("");
}

/** Node's wording ("Unexpected token 'o', …") told in ours; where it is comes from jsonErrorPlace. */
function jsonErrorMessage(error: Error): string {
  if (/end of JSON input/.test(error.message)) return "This is not valid JSON: it ends too early (a closing bracket, brace or quote is missing).";
  const token = /token '(.+?)'/.exec(error.message);
  return token ? `This is not valid JSON: “${token[1]}” cannot come here.` : "This is not valid JSON: a character here breaks it.";
}

/** "line 3, column 7" for a JSON syntax error (Node names the position or the line and column). */
function jsonErrorPlace(text: string, error: Error): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(error.message);
  if (!position) return "(the file)";
  const before = text.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  return `line ${line}, column ${before.length - before.lastIndexOf("\n")}`;
}

/** What the database would refuse, found first so a bad file is refused as a whole with every reason. */
function consistencyProblems(file: ContentFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const duplicates = <T>(items: T[], key: (item: T) => string | number, label: string, at: (index: number) => string) => {
    const seen = new Map<string | number, number>();
    items.forEach((item, index) => {
      const value = key(item);
      const first = seen.get(value);
      if (first !== undefined) problems.push({ at: at(index), message: `${label} ${JSON.stringify(value)} is already used by ${at(first)}.` });
      else seen.set(value, index);
    });
  };
  duplicates(
    file.cities,
    (city) => city.id,
    "The id",
    (index) => `cities[${index}]`,
  );
  duplicates(
    file.cities,
    (city) => city.slug,
    "The address",
    (index) => `cities[${index}].slug`,
  );
  duplicates(
    file.faq,
    (entry) => entry.id,
    "The id",
    (index) => `faq[${index}]`,
  );
  duplicates(
    file.redirects,
    (redirect) => redirect.from,
    "The old address",
    (index) => `redirects[${index}].from`,
  );
  duplicates(
    file.revisions,
    (revision) => `${revision.entityType} ${revision.entityId} #${revision.number}`,
    "The revision",
    (index) => `revisions[${index}]`,
  );
  orderProblems(file.cities, "cities", "rank", (city) => city.rank, problems);
  editionProblems(file, problems);
  orderProblems(file.faq, "faq", "position", (entry) => entry.position, problems);

  const cityIds = new Set(file.cities.map((city) => city.id));
  const slugs = new Set(file.cities.map((city) => city.slug));
  file.redirects.forEach((redirect, index) => {
    if (!cityIds.has(redirect.cityId)) problems.push({ at: `redirects[${index}].cityId`, message: `No city in the file has the id ${redirect.cityId}.` });
    if (slugs.has(redirect.from))
      problems.push({ at: `redirects[${index}].from`, message: `"${redirect.from}" is a city's current address, so it cannot also redirect.` });
  });
  file.revisions.forEach((revision, index) => {
    if (revision.entityType === "listing" && revision.entityId !== LISTING_ID)
      problems.push({ at: `revisions[${index}].entityId`, message: `The page text's revisions have the id ${LISTING_ID}.` });
  });
  return problems;
}

/**
 * Kept editions: one per year, each before the current edition, ranks 1..N, each city once and in
 * the file; at most one is public (readers' edition while the next is prepared), the newest, whose
 * cities all still exist.
 */
function editionProblems(file: ContentFile, problems: ContentProblem[]) {
  const cityIds = new Set(file.cities.map((city) => city.id));
  const years = new Set<number>();
  const newest = Math.max(...file.editions.map((edition) => edition.year));
  file.editions.forEach((edition, index) => {
    const at = `editions[${index}]`;
    if (edition.status === "public" && edition.year !== newest)
      problems.push({ at: `${at}.status`, message: "Only the newest edition can still be the one readers are shown; the others are archived." });
    if ((edition.status === "archived") !== (edition.archivedAt !== null && edition.archivedByEmail !== null))
      problems.push({ at: `${at}.archivedAt`, message: "An archived edition has archivedAt and archivedByEmail; a public one has neither (null)." });
    if (edition.status === "public" && edition.entries.some((entry) => entry.cityId === null))
      problems.push({ at: `${at}.entries`, message: "The edition readers are shown lists cities that exist: no cityId may be null." });
    if (years.has(edition.year)) problems.push({ at: `${at}.year`, message: `Two editions are of ${edition.year}.` });
    years.add(edition.year);
    if (edition.year >= file.pageText.year)
      problems.push({ at: `${at}.year`, message: `An archived edition comes before the current one (${file.pageText.year}).` });
    if (edition.pageText.year !== edition.year)
      problems.push({ at: `${at}.pageText.year`, message: `An edition's page text names its own year, ${edition.year}.` });
    const slugs = new Set<string>();
    edition.entries.forEach((entry, place) => {
      if (slugs.has(entry.slug))
        problems.push({ at: `${at}.entries[${place}].slug`, message: `"${entry.slug}" is already the address of another city in this edition.` });
      slugs.add(entry.slug);
    });
    const inEdition = new Set<number>();
    edition.entries.forEach((entry, place) => {
      if (entry.rank !== place + 1)
        problems.push({
          at: `${at}.entries[${place}].rank`,
          message: `The entries hold ranks 1 to ${edition.entries.length} in order; expected ${place + 1}.`,
        });
      if (entry.cityId === null) return;
      if (!cityIds.has(entry.cityId))
        problems.push({ at: `${at}.entries[${place}].cityId`, message: `No city in the file has the id ${entry.cityId}; use null.` });
      if (inEdition.has(entry.cityId)) problems.push({ at: `${at}.entries[${place}].cityId`, message: `The city ${entry.cityId} is already in this edition.` });
      inEdition.add(entry.cityId);
    });
  });
}

/** Published, untrashed entries hold the places 1..N, once each; the others hold none (as the database's checks require). */
function orderProblems<T extends { status: string; deletedAt: string | null }>(
  items: T[],
  list: string,
  column: string,
  place: (item: T) => number | null,
  problems: ContentProblem[],
) {
  const listed = items.filter((item) => item.status === "PUBLISHED" && item.deletedAt === null);
  items.forEach((item, index) => {
    const value = place(item);
    const shouldHold = item.status === "PUBLISHED" && item.deletedAt === null;
    if (shouldHold && value === null) problems.push({ at: `${list}[${index}].${column}`, message: `A published entry outside the trash needs a ${column}.` });
    if (!shouldHold && value !== null)
      problems.push({ at: `${list}[${index}].${column}`, message: `Only published entries outside the trash hold a ${column}; use null.` });
  });
  const places = listed.map(place).filter((value): value is number => value !== null);
  const expected = new Set(Array.from({ length: listed.length }, (_, index) => index + 1));
  const seen = new Set<number>();
  for (const value of places) {
    if (seen.has(value)) problems.push({ at: list, message: `Two entries hold ${column} ${value}.` });
    seen.add(value);
    if (!expected.has(value))
      problems.push({ at: list, message: `${column} ${value} is beyond the ${listed.length} published entries: they hold 1 to ${listed.length}, once each.` });
  }
}

/** Whether the database holds no content yet (migrated, nothing imported or seeded). */
async function isEmpty(tx: Prisma.TransactionClient): Promise<boolean> {
  const counts = await Promise.all([
    tx.listing.count(),
    tx.city.count(),
    tx.faqEntry.count(),
    tx.slugRedirect.count(),
    tx.revision.count(),
    tx.edition.count(),
  ]);
  return counts.every((count) => count === 0);
}

/**
 * Whether a database, migrated to the newest schema or not, has content already: asked before it
 * is migrated, so that refusing it changes nothing at all (the listing and cities tables exist from
 * the first migration on).
 */
export async function hasContentBeforeMigrating(db: Database): Promise<boolean> {
  const [tables] = await db.$queryRaw<
    { exist: boolean }[]
  >`SELECT to_regclass('public."Listing"') IS NOT NULL AND to_regclass('public."City"') IS NOT NULL AS exist`;
  if (!tables?.exist) return false;
  const [content] = await db.$queryRaw<{ found: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "Listing") OR EXISTS (SELECT 1 FROM "City") AS found`;
  return content?.found === true;
}

export const NOT_EMPTY_MESSAGE =
  "This database already has content, so nothing was changed. Import into an empty database (a fresh DATABASE_URL or embedded folder), or merge the file in as the draft of the next edition: npm run content:import -- --merge --as ADMIN_EMAIL FILE.";

export type ImportSummary = { cities: number; faq: number; redirects: number; revisions: number; editions: number };

/**
 * Loads a checked file into an empty database in one transaction, keeping every id, so a second
 * export is the same file. A database with content is refused and left as it was.
 */
export async function importContent(db: Database, file: ContentFile): Promise<Result<ImportSummary>> {
  return db.$transaction(async (tx) => {
    // The same lock as the article's first import (lib/database/seed.ts): never both.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7270737)`;
    if (!(await isEmpty(tx))) return fail("conflict", NOT_EMPTY_MESSAGE);
    await tx.listing.create({ data: { id: LISTING_ID, ...file.pageText } });
    await insertRows(tx, "City", file.cities);
    await insertRows(tx, "FaqEntry", file.faq);
    await insertRows(
      tx,
      "SlugRedirect",
      file.redirects.map((redirect) => ({ fromSlug: redirect.from, cityId: redirect.cityId })),
    );
    await insertRows(tx, "Revision", file.revisions);
    await insertRows(
      tx,
      "Edition",
      file.editions.map(({ entries: _entries, ...edition }) => edition),
    );
    await insertRows(
      tx,
      "EditionEntry",
      file.editions.flatMap((edition) => edition.entries.map((entry) => ({ year: edition.year, ...entry }))),
    );
    // Ids came from the file: new records continue after the highest, counting records deleted for
    // good whose revisions remain, so a new record never takes over another's history.
    for (const [table, entityType] of [
      ["City", "city"],
      ["FaqEntry", "faq"],
    ] as const) {
      const name = Prisma.raw(`"${table}"`);
      await tx.$executeRaw`SELECT setval(pg_get_serial_sequence(${`"${table}"`}, 'id'), greatest(
           coalesce((SELECT max(id) FROM ${name}), 0),
           coalesce((SELECT max("entityId") FROM "Revision" WHERE "entityType" = ${entityType}), 0)) + 1, false)`;
    }
    await tx.auditEvent.create({
      data: {
        userEmail: "system",
        action: "content.import",
        entityType: "listing",
        entityId: String(LISTING_ID),
        summary: `Imported a content file: ${file.cities.length} cities, ${file.faq.length} FAQ entries, ${file.revisions.length} revisions, ${file.editions.length} kept editions`,
      },
    });
    return ok({
      cities: file.cities.length,
      faq: file.faq.length,
      redirects: file.redirects.length,
      revisions: file.revisions.length,
      editions: file.editions.length,
    });
  }, LONG_TRANSACTION);
}

// Prisma ends an interactive transaction after 5 s; 10,000 cities take longer than that on a busy
// machine (npm run bench -- transfer), and an import or export is one transaction however large.
export const LONG_TRANSACTION = { timeout: 10 * 60_000, maxWait: 30_000 };
