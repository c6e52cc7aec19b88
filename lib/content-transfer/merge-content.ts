import { recordAudit, type Actor } from "../audit";
import { fieldsOf } from "../content-fields";
import { db } from "../db";
import { publicEdition, startNextEditionIn } from "../editions/mutations";
import type { Prisma } from "../generated/prisma/client";
import { pageTextContentSchema } from "../listing/schema";
import { LISTING_ID, theListing } from "../listing/the-listing";
import { bumpListVersion, lockList } from "../ranking/ordered-list";
import { fail, ok, type Result } from "../result";
import { recordRevision } from "../revisions/record";
import { checkContentFile, LONG_TRANSACTION, type ContentProblem } from "./import";
import { applyCityMerge, planCityMerge } from "./merge-cities";
import { applyFaqMerge, planFaqMerge, type FaqMergePreview } from "./merge-faq";
import { CHANGED_SINCE_PREVIEW, changedMeanwhile, fingerprint, refusedFile, type RankingImportAnswer } from "./ranking-import";
import type { ContentMergeInput } from "./schema";

type Tx = Prisma.TransactionClient;

/** What merging a content file does: the ranking's changes, the FAQ's, and the page-text fields it changes. */
export type ContentMergeAnswer = RankingImportAnswer & { faq: FaqMergePreview; pageText: string[] };

const HOW = "by merging a content file";

/**
 * Merges a content file (from another server, a backup, an edition prepared elsewhere) into this
 * site as the draft of the next edition: readers keep seeing what they see now. If no edition is
 * being prepared, merging starts one (as Editions' "Start the next edition" does, in the same
 * transaction); if one is, the file is merged into it. The file's ranking, published FAQ and page
 * text become the draft's, matched by address and by question (merge-cities.ts, merge-faq.ts); its
 * history (revisions, redirects, kept editions) stays in the file: ids of another site mean nothing
 * here. Without `confirm` it only previews; the preview's token applies exactly that.
 */
export async function mergeContentFile(input: ContentMergeInput, actor: Actor): Promise<Result<ContentMergeAnswer>> {
  const checked = checkContentFile(input.file);
  if (!checked.ok) return refusedFile(checked.problems);
  const { file } = checked;
  const wantedCities = inOrder(file.cities, (city) => city.rank).map(({ item: city, at }) => ({
    at: `cities[${at}]`,
    slug: city.slug,
    name: city.name,
    country: city.country,
    summary: city.summary,
    profile: city.profile,
    focusAreas: city.focusAreas,
  }));
  const wantedFaq = inOrder(file.faq, (entry) => entry.position).map(({ item, at }) => ({ at: `faq[${at}]`, question: item.question, answer: item.answer }));
  try {
    return await db.$transaction(async (tx) => {
      if (input.confirm) await lockList(tx, "cities");
      const listing = await tx.listing.findUniqueOrThrow({ where: theListing });
      const shown = await publicEdition(tx);
      // The draft's year: the next one, or the file's when it is later; an edition in preparation keeps its own.
      const target = shown
        ? { workingYear: listing.year, readersSee: shown.year, startsEdition: false }
        : { workingYear: Math.max(listing.year + 1, file.pageText.year), readersSee: listing.year, startsEdition: true };
      const forUpdate = Boolean(input.confirm);
      const cityPlan = await planCityMerge(tx, wantedCities, { forUpdate });
      const faqPlan = await planFaqMerge(tx, wantedFaq, { forUpdate });
      const problems: ContentProblem[] = [...cityPlan.problems, ...faqPlan.problems];
      if (target.workingYear > 2100) problems.push({ at: "pageText.year", message: "The next edition would be after 2100." });
      if (problems.length) return refusedFile(problems, { applying: Boolean(input.confirm) });

      const pageText = { ...fieldsOf(pageTextContentSchema, file.pageText), year: target.workingYear };
      const pageTextChanges = (Object.keys(pageText) as (keyof typeof pageText)[]).filter((field) => field !== "year" && pageText[field] !== listing[field]);
      const versions = [listing.version, listing.rankingVersion, listing.faqVersion, cityPlan.basedOn, faqPlan.basedOn];
      const answer: ContentMergeAnswer = {
        target,
        cities: cityPlan.preview,
        faq: faqPlan.preview,
        pageText: pageTextChanges,
        confirm: fingerprint(input.file, target, ...versions),
        applied: false,
      };
      if (!input.confirm) return ok(answer);
      if (input.confirm !== answer.confirm) return fail("stale", CHANGED_SINCE_PREVIEW);

      if (target.startsEdition) {
        const started = await startNextEditionIn(tx, { currentYear: listing.year, nextYear: target.workingYear }, actor);
        if (!started.ok) return started;
      }
      if (await applyCityMerge(tx, cityPlan, actor, HOW)) await bumpListVersion(tx, "cities");
      await applyFaqMerge(tx, faqPlan, actor, HOW);
      const { moved, added, dropped } = faqPlan.preview;
      if (moved + added.count + dropped.count > 0) await bumpListVersion(tx, "faq");
      if (pageTextChanges.length) await savePageText(tx, actor, pageText, pageTextChanges);
      await recordAudit(tx, actor, {
        action: "content.merge",
        entityType: "listing",
        entityId: LISTING_ID,
        summary: `Merged a content file into the ${target.workingYear} edition: ${describe(answer)}`,
        after: { year: target.workingYear, cities: cityPlan.preview.cities, faq: faqPlan.preview.entries, pageText: pageTextChanges },
      });
      return ok({ ...answer, applied: true });
    }, LONG_TRANSACTION);
  } catch (error) {
    if (changedMeanwhile(error)) return fail("stale", CHANGED_SINCE_PREVIEW);
    throw error;
  }
}

/** The listed items (a rank or position) first to last, each with its index in the file. */
function inOrder<T>(items: T[], place: (item: T) => number | null): { item: T; at: number }[] {
  return items
    .map((item, at) => ({ item, at, place: place(item) }))
    .filter((entry): entry is { item: T; at: number; place: number } => entry.place !== null)
    .sort((a, b) => a.place - b.place);
}

async function savePageText(tx: Tx, actor: Actor, pageText: Record<string, unknown>, changed: string[]) {
  const before = fieldsOf(pageTextContentSchema, await tx.listing.findUniqueOrThrow({ where: theListing }));
  await tx.listing.update({ where: theListing, data: { ...pageText, version: { increment: 1 }, updatedById: actor.id } });
  const summary = `Edited the page text (${changed.join(", ")}) ${HOW}`;
  const auditEventId = await recordAudit(tx, actor, {
    action: "listing.update",
    entityType: "listing",
    entityId: LISTING_ID,
    summary,
    before: before as Prisma.InputJsonValue,
    after: pageText as Prisma.InputJsonValue,
  });
  await recordRevision(tx, actor, { entityType: "listing", entityId: LISTING_ID, before, after: pageText, auditEventId, summary });
}

function describe({ cities, faq, pageText }: ContentMergeAnswer): string {
  const ranking = `${cities.moved.count} moved, ${cities.added.count} new, ${cities.dropped.count} dropped, ${cities.edited.count} cities edited`;
  return `${ranking}; FAQ ${faq.added.count} new, ${faq.dropped.count} dropped, ${faq.edited.count} edited; page text ${pageText.length ? pageText.join(", ") : "unchanged"}`;
}
