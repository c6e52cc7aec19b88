import { db } from "../db";
import { recordAudit, type Actor } from "../audit";
import type { Prisma } from "../generated/prisma/client";
import { fieldsOf } from "../content-fields";
import { pageTextContentSchema } from "../listing/schema";
import { LISTING_ID, theListing } from "../listing/the-listing";
import { listingTitle } from "../listing/title";
import { bumpListVersion, lockList } from "../ranking/ordered-list";
import { fail, ok, type Result } from "../result";
import { recordRevision } from "../revisions/record";
import type { PublishEditionInput, StartNextEditionInput } from "./schema";

type Tx = Prisma.TransactionClient;

/** The edition readers see while the next one is prepared, if one is (at most one: the callers hold the listing's lock). */
export function publicEdition(tx: Tx) {
  return tx.edition.findFirst({ where: { status: "public" }, select: { year: true, frozenByEmail: true } });
}

/**
 * Starts the next edition. The current one is copied as readers see it now (its ranking, published
 * FAQ and page text) and stays what every public address shows, while the live rows become the
 * next year's edition for editors to rework: reorder, edit, add, drop, preview. Nothing reaches
 * readers until publishEdition(). The ranking is copied by one INSERT … SELECT over the ranked
 * cities (10,000 rows in one statement, no per-row work).
 */
export async function startNextEdition(input: StartNextEditionInput, actor: Actor): Promise<Result<{ year: number; copiedCities: number }>> {
  return db.$transaction((tx) => startNextEditionIn(tx, input, actor));
}

/** startNextEdition's work in the caller's transaction (merging a content file starts the edition it becomes). */
export async function startNextEditionIn(tx: Tx, input: StartNextEditionInput, actor: Actor): Promise<Result<{ year: number; copiedCities: number }>> {
  // The listing row's lock (both ordered lists take it): no reorder, publish or page-text save
  // lands between the copy and the new year.
  await lockList(tx, "cities");
  const listing = await tx.listing.findUniqueOrThrow({ where: theListing });
  if (listing.year !== input.currentYear) {
    const copied = await tx.edition.findUnique({ where: { year: input.currentYear }, select: { frozenByEmail: true } });
    const who = copied ? `${copied.frozenByEmail} started the next edition already` : `The current edition is ${listing.year} now`;
    return fail("stale", `${who}: nothing was changed. Reload to see the editions as they are.`);
  }
  const pending = await publicEdition(tx);
  if (pending) return fail("conflict", `The ${listing.year} edition is still being prepared: publish it before starting another.`);

  const before = fieldsOf(pageTextContentSchema, listing);
  const count = await tx.city.count({ where: { rank: { not: null } } });
  const faq = await tx.faqEntry.findMany({
    where: { status: "PUBLISHED", deletedAt: null, position: { not: null } },
    orderBy: { position: "asc" },
    select: { id: true, position: true, question: true, answer: true, updatedAt: true },
  });
  await tx.edition.create({
    data: {
      year: listing.year,
      title: listingTitle(listing.titleTemplate, { count, year: listing.year }),
      pageText: before,
      pageTextUpdatedAt: listing.updatedAt,
      faq: faq.map((entry) => ({ ...entry, updatedAt: entry.updatedAt.toISOString() })),
      frozenByEmail: actor.email,
    },
  });
  // Only published cities outside the trash hold a rank (a database check): exactly the public list.
  await tx.$executeRaw`
    INSERT INTO "EditionEntry" ("year", "rank", "cityId", "slug", "name", "country", "summary", "profile", "focusAreas", "updatedAt")
    SELECT ${listing.year}, "rank", "id", "slug", "name", "country", "summary", "profile", "focusAreas", "updatedAt" FROM "City" WHERE "rank" IS NOT NULL`;
  const after = await tx.listing.update({ where: theListing, data: { year: input.nextYear, version: { increment: 1 }, updatedById: actor.id } });
  const summary = `Started the ${input.nextYear} edition; readers see ${listing.year} (${count} ${count === 1 ? "city" : "cities"}) until it is published`;
  const auditEventId = await recordAudit(tx, actor, {
    action: "edition.start",
    entityType: "listing",
    entityId: LISTING_ID,
    summary,
    before: { year: listing.year } as Prisma.InputJsonValue,
    after: { year: input.nextYear, copiedCities: count } as Prisma.InputJsonValue,
  });
  await recordRevision(tx, actor, {
    entityType: "listing",
    entityId: LISTING_ID,
    before,
    after: fieldsOf(pageTextContentSchema, after),
    auditEventId,
    summary,
  });
  return ok({ year: input.nextYear, copiedCities: count });
}

/**
 * Publishes the edition in preparation: readers see the live rows from now on, with each city's
 * movement since the edition they saw until now, which becomes an archive at /<year>. One UPDATE.
 */
export async function publishEdition(input: PublishEditionInput, actor: Actor, tx?: Tx): Promise<Result<{ year: number; archived: number }>> {
  if (!tx) return db.$transaction((own) => publishEdition(input, actor, own));
  await lockList(tx, "cities");
  const listing = await tx.listing.findUniqueOrThrow({ where: theListing, select: { year: true } });
  const pending = await publicEdition(tx);
  if (!pending || listing.year !== input.year) {
    return fail(
      "stale",
      `The ${input.year} edition is not waiting to be published (it was published, or the editions changed). Reload to see them as they are.`,
    );
  }
  await tx.edition.update({ where: { year: pending.year }, data: { status: "archived", archivedAt: new Date(), archivedByEmail: actor.email } });
  // Readers' lists change all at once: a client paging GET /api/cities or /api/faq starts again, and
  // the listing's date (sitemaps, "Last updated") moves to now.
  await bumpListVersion(tx, "cities");
  await bumpListVersion(tx, "faq");
  // A schedule for this edition has nothing left to do (the runner's own row is marked done after this).
  await tx.scheduledPublication.updateMany({
    where: { entityType: "edition", entityId: input.year, state: "pending" },
    data: { state: "cancelled", outcome: `Published by ${actor.email}`, finishedAt: new Date() },
  });
  await recordAudit(tx, actor, {
    action: "edition.publish",
    entityType: "listing",
    entityId: LISTING_ID,
    summary: `Published the ${input.year} edition; ${pending.year} is archived`,
    after: { year: input.year, archived: pending.year } as Prisma.InputJsonValue,
  });
  return ok({ year: input.year, archived: pending.year });
}

/**
 * The page text's year may not go back to or before a kept edition's: /<year> and the movement
 * markers would then name two editions of one year. Null when `year` is fine.
 */
export async function archivedYearConflict(tx: Tx, year: number, currentYear: number): Promise<string | null> {
  // The year of an edition in preparation is its name (its schedule and the dashboard use it).
  if (year !== currentYear && (await publicEdition(tx)))
    return `The ${currentYear} edition is being prepared: its year stays ${currentYear} until it is published.`;
  const latest = await tx.edition.findFirst({ orderBy: { year: "desc" }, select: { year: true } });
  if (!latest || year > latest.year) return null;
  return `The ${latest.year} edition is kept as readers saw it: the current edition's year comes after ${latest.year}.`;
}

/** Whether readers see this city in the public edition, which therefore cannot lose it for good. */
export async function isInPublicEdition(tx: Tx, cityId: number): Promise<boolean> {
  const entry = await tx.editionEntry.findFirst({ where: { cityId, edition: { status: "public" } }, select: { year: true } });
  return entry !== null;
}
