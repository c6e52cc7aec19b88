import { createHash } from "node:crypto";
import { recordAudit, type Actor } from "../audit";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { theListing } from "../listing/the-listing";
import { isUniqueViolation } from "../ranking/failures";
import { bumpListVersion, lockList } from "../ranking/ordered-list";
import { fail, ok, type Failure, type Result } from "../result";
import { LONG_TRANSACTION, type ContentProblem } from "./import";
import { applyCityMerge, CityChangedMeanwhile, planCityMerge, type CityMergePreview } from "./merge-cities";
import { FaqEntryChangedMeanwhile } from "./merge-faq";
import { readRankingCsv } from "./read-ranking-csv";
import type { RankingCsvImportInput } from "./schema";

type Tx = Prisma.TransactionClient;

/**
 * Which edition an import changes: the one readers see (readersSee null), or the next one, prepared
 * while readers see `readersSee`; `startsEdition` when applying starts that one (merging a content file).
 */
export type ImportTarget = { workingYear: number; readersSee: number | null; startsEdition: boolean };

export type RankingImportAnswer = {
  target: ImportTarget;
  cities: CityMergePreview;
  /** Send it back to apply exactly this preview. */
  confirm: string;
  applied: boolean;
};

export const CHANGED_SINCE_PREVIEW =
  "The ranking or one of its cities changed after the file was checked, so nothing was imported. Check it again to see what it would change now.";

/**
 * A ranking from a spreadsheet (the Export page's CSV, reworked): without `confirm`, what it would
 * change (moved, new, dropped, edited), writing nothing; with the token that preview gave, the change
 * itself, in one transaction holding the ranking's lock. Cities are matched by address; see
 * merge-cities.ts. A bad file is refused as a whole with every problem by line.
 */
export async function importRankingCsv(input: RankingCsvImportInput, actor: Actor): Promise<Result<RankingImportAnswer>> {
  const read = readRankingCsv(input.file);
  if (!read.ok) return refusedFile(read.problems);
  try {
    return await db.$transaction(async (tx) => {
      const listVersion = input.confirm ? await lockList(tx, "cities") : await rankingVersion(tx);
      const plan = await planCityMerge(tx, read.rows, { forUpdate: Boolean(input.confirm) });
      if (plan.problems.length) return refusedFile(plan.problems, { applying: Boolean(input.confirm) });
      // The edition it changes is part of what the preview showed: starting one in between makes it stale.
      const target = await importTarget(tx);
      const answer = { target, cities: plan.preview, confirm: fingerprint(input.file, listVersion, target, plan.basedOn), applied: false };
      if (!input.confirm) return ok(answer);
      if (input.confirm !== answer.confirm) return fail("stale", CHANGED_SINCE_PREVIEW);
      const how = "by importing a CSV";
      if (await applyCityMerge(tx, plan, actor, how)) await bumpListVersion(tx, "cities");
      const { moved, added, dropped, edited } = plan.preview;
      await recordAudit(tx, actor, {
        action: "ranking.import",
        entityType: "ranking",
        entityId: "cities",
        summary: `Imported the ranking from a CSV: ${moved.count} moved, ${added.count} new, ${dropped.count} dropped, ${edited.count} edited`,
        after: { cities: plan.preview.cities, moved: moved.count, added: added.count, dropped: dropped.count, edited: edited.count },
      });
      return ok({ ...answer, applied: true });
    }, LONG_TRANSACTION);
  } catch (error) {
    if (changedMeanwhile(error)) return fail("stale", CHANGED_SINCE_PREVIEW);
    throw error;
  }
}

/** The edition the live rows are: the one readers see, unless the next is being prepared. */
export async function importTarget(tx: Tx): Promise<ImportTarget> {
  const [listing, shown] = await Promise.all([
    tx.listing.findUniqueOrThrow({ where: theListing, select: { year: true } }),
    tx.edition.findFirst({ where: { status: "public" }, select: { year: true } }),
  ]);
  return { workingYear: listing.year, readersSee: shown?.year ?? null, startsEdition: false };
}

async function rankingVersion(tx: Tx): Promise<number> {
  const listing = await tx.listing.findUniqueOrThrow({ where: theListing, select: { rankingVersion: true } });
  return listing.rankingVersion;
}

/** The file, the list version and the version of every record the plan touches: equal only if nothing changed. */
export function fingerprint(text: string, ...versions: unknown[]): string {
  return createHash("sha256")
    .update(JSON.stringify([createHash("sha256").update(text).digest("hex"), versions]))
    .digest("hex");
}

/** The most problems one answer lists: a file that is wrong on every line needs fixing before the rest matter. */
const MAX_LISTED_PROBLEMS = 100;

/**
 * A whole file refused: every problem (up to MAX_LISTED_PROBLEMS) as "where: what", under `file`.
 * When applying a preview, the file passed its check, so the site changed meanwhile (a city trashed,
 * an address taken): a conflict (409) rather than a bad file.
 */
export function refusedFile(problems: ContentProblem[], { applying = false } = {}): Failure {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => `${placeOf(problem.at)}: ${problem.message}`);
  if (problems.length > MAX_LISTED_PROBLEMS) listed.push(`…and ${problems.length - MAX_LISTED_PROBLEMS} more.`);
  const count = problems.length === 1 ? "One problem" : `${problems.length} problems`;
  if (applying) {
    return fail("stale", `The site changed after the file was checked, and the file no longer fits it, so nothing was imported. ${count} to fix.`, {
      fieldErrors: { file: listed },
    });
  }
  return fail("invalid", `The file was not imported, and nothing was changed. ${count} to fix.`, { fieldErrors: { file: listed } });
}

/**
 * A record the plan counted on changed before the apply could write it: a versioned update that
 * found a newer version, or a new city's address taken meanwhile by a rename (which does not wait
 * for the ranking's lock). The transaction rolls back whole.
 */
export function changedMeanwhile(error: unknown): boolean {
  return error instanceof CityChangedMeanwhile || error instanceof FaqEntryChangedMeanwhile || isUniqueViolation(error, "slug");
}

/** "line 3" → "Line 3", "cities[2].slug" → "At cities[2].slug": each listed problem reads as a sentence. */
function placeOf(at: string): string {
  if (at === "(the file)") return "In the file";
  return at.startsWith("line ") ? `L${at.slice(1)}` : `At ${at}`;
}
