import { isDeepStrictEqual } from "node:util";
import type { Actor } from "../audit";
import { slugify } from "../cities/schema";
import { jsonParameter } from "../database/json-parameter";
import { Prisma } from "../generated/prisma/client";
import { insertNewDrafts, recordImportedSaves } from "./bulk-saves";
import type { ContentProblem } from "./import";
import { listed, push, type Listed } from "./preview-list";

type Tx = Prisma.TransactionClient;

/**
 * Merging a whole ranking into the live one (a CSV from a spreadsheet, or a content file's
 * ranking): each wanted city is found by its address (or an old address that redirects to it),
 * then the ranking becomes exactly the wanted list. Cities found are moved and their texts updated,
 * drafts among them are published, unknown addresses become new cities, and ranked cities the list
 * leaves out become drafts (kept, with their place remembered, never deleted).
 */

/** The text fields a merge may set; a CSV carries the first four, a content file all. */
const TEXT_FIELDS = ["name", "country", "summary", "profile", "focusAreas"] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type CityTexts = { name: string; country: string; summary: string; profile: string; focusAreas: string[] };

/** One city of the wanted ranking, first to last; `at` names where it came from (a line, a JSON path). */
export type WantedCity = { at: string; slug: string | null; name: string; country: string; summary: string; profile?: string; focusAreas?: string[] };

type StoredCity = CityTexts & { id: number; slug: string; rank: number | null; deletedAt: Date | null; version: number };

/** What the merge will do, in lists an editor reads before applying it. */
export type CityMergePreview = {
  /** Cities in the ranking afterwards. */
  cities: number;
  moved: Listed<{ name: string; slug: string; from: number; to: number }>;
  added: Listed<{ name: string; slug: string; rank: number; isNewCity: boolean }>;
  dropped: Listed<{ name: string; slug: string; rank: number }>;
  edited: Listed<{ name: string; slug: string; fields: TextField[] }>;
  unchanged: number;
};

export type CityMergePlan = {
  problems: ContentProblem[];
  preview: CityMergePreview;
  /** The stored cities the plan was made from, with their versions: applying a plan made from other versions is refused. */
  basedOn: Array<[id: number, version: number]>;
  order: Array<{ id: number } | { create: CityTexts & { slug: string } }>;
  edits: Array<{ id: number; version: number; before: CityTexts & { slug: string }; after: CityTexts & { slug: string }; fields: TextField[] }>;
  dropped: number[];
  published: number[];
};

/**
 * Reads what merging `wanted` would do. Writes nothing; `forUpdate` (when about to apply) locks the
 * rows it read, so no save by hand lands between this read and the writes.
 */
export async function planCityMerge(tx: Tx, wanted: WantedCity[], { forUpdate = false } = {}): Promise<CityMergePlan> {
  const addresses = wanted.map((city) => city.slug ?? slugify(city.name));
  const lock = forUpdate ? Prisma.sql`FOR UPDATE OF c` : Prisma.empty;
  const stored = await tx.$queryRaw<(StoredCity & { address: string })[]>`
    SELECT c.id, c.slug, c.name, c.country, c.summary, c.profile, c."focusAreas", c.rank, c."deletedAt", c.version, address
    FROM unnest(${addresses}::text[]) AS address
    JOIN LATERAL (
      SELECT coalesce((SELECT id FROM "City" WHERE slug = address), (SELECT "cityId" FROM "SlugRedirect" WHERE "fromSlug" = address)) AS id
    ) AS found ON found.id IS NOT NULL
    JOIN "City" AS c ON c.id = found.id
    ${lock}`;
  const byAddress = new Map(stored.map((city) => [city.address, city]));

  const problems: ContentProblem[] = [];
  const claimedBy = new Map<number, string>();
  const newAddresses = new Map<string, string>();
  const plan: CityMergePlan = {
    problems,
    preview: { cities: wanted.length, moved: listed(), added: listed(), dropped: listed(), edited: listed(), unchanged: 0 },
    basedOn: [],
    order: [],
    edits: [],
    dropped: [],
    published: [],
  };
  wanted.forEach((city, index) => {
    const rank = index + 1;
    const address = addresses[index]!;
    const found = byAddress.get(address);
    // A row without a slug is a new city, or the city of that very name (the same sheet imported
    // again): it never takes over another city whose address its name happens to make.
    if (found && city.slug === null && found.name !== city.name) {
      problems.push({
        at: city.at,
        message: `The address made from this name, “${address}”, is ${found.name}’s: enter its slug to update ${found.name}, or another slug for a new city.`,
      });
      return;
    }
    if (!found) {
      if (!address) problems.push({ at: city.at, message: "No address (slug) can be made from this name: enter one." });
      const other = newAddresses.get(address);
      if (other) problems.push({ at: city.at, message: `A new city at “${address}” is already on ${other}.` });
      newAddresses.set(address, city.at);
      const create = {
        slug: address,
        name: city.name,
        country: city.country,
        summary: city.summary,
        profile: city.profile ?? city.summary,
        focusAreas: city.focusAreas ?? [],
      };
      plan.order.push({ create });
      push(plan.preview.added, { name: city.name, slug: address, rank, isNewCity: true });
      return;
    }
    if (found.deletedAt) {
      problems.push({ at: city.at, message: `${found.name} (“${found.slug}”) is in the trash: restore it first, or give this city another address.` });
      return;
    }
    const earlier = claimedBy.get(found.id);
    if (earlier) {
      problems.push({ at: city.at, message: `This is ${found.name} (“${found.slug}”) again: it is already on ${earlier}.` });
      return;
    }
    claimedBy.set(found.id, city.at);
    plan.basedOn.push([found.id, found.version]);
    plan.order.push({ id: found.id });
    const after: CityTexts & { slug: string } = { slug: found.slug, ...textsOf(found) };
    for (const field of TEXT_FIELDS) if (city[field] !== undefined) Object.assign(after, { [field]: city[field] });
    const fields = TEXT_FIELDS.filter((field) => !isDeepStrictEqual(found[field], after[field]));
    if (fields.length) {
      plan.edits.push({ id: found.id, version: found.version, before: { slug: found.slug, ...textsOf(found) }, after, fields });
      push(plan.preview.edited, { name: after.name, slug: found.slug, fields });
    }
    if (found.rank === null) {
      plan.published.push(found.id);
      push(plan.preview.added, { name: after.name, slug: found.slug, rank, isNewCity: false });
    } else if (found.rank !== rank) push(plan.preview.moved, { name: after.name, slug: found.slug, from: found.rank, to: rank });
    else if (!fields.length) plan.preview.unchanged += 1;
  });

  const kept = [...claimedBy.keys()];
  const dropped = await tx.$queryRaw<{ id: number; name: string; slug: string; rank: number; version: number }[]>`
    SELECT id, name, slug, rank, version FROM "City" WHERE rank IS NOT NULL AND id <> ALL(${kept}::int[]) ORDER BY rank
    ${forUpdate ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
  for (const city of dropped) {
    plan.dropped.push(city.id);
    plan.basedOn.push([city.id, city.version]);
    push(plan.preview.dropped, { name: city.name, slug: city.slug, rank: city.rank });
  }
  return plan;
}

/** Thrown inside the transaction when a city changed after the plan was read: everything rolls back. */
export class CityChangedMeanwhile extends Error {}

/**
 * Applies a plan inside the caller's transaction, which holds the ranking's lock and has checked
 * that the plan's `basedOn` versions are still current. Ranks change in one statement for the whole
 * list; each created or edited city gets its own audit event and revision, as a save by hand would.
 * Returns the number of cities whose rank or status changed.
 */
export async function applyCityMerge(tx: Tx, plan: CityMergePlan, actor: Actor, how: string): Promise<number> {
  let changed = 0;
  if (plan.dropped.length) {
    changed += await tx.$executeRaw`
      UPDATE "City" SET "plannedRank" = rank, rank = NULL, status = 'DRAFT', version = version + 1, "updatedById" = ${actor.id}, "updatedAt" = now()
      WHERE id = ANY(${plan.dropped}::int[])`;
    await cancelSchedules(tx, plan.dropped, `Left the ranking ${how} by ${actor.email}`);
  }
  const { ids, created } = await insertNewDrafts(tx, "City", plan.order, actor);
  if (plan.edits.length) {
    // Every edit in one statement, each still conditional on the version the preview read. A row is
    // the city's whole text as it will be; the column list below reads only what it names.
    const rows = plan.edits.map(({ id, version, after }) => ({ ...after, id, version }));
    const count = await tx.$executeRaw`
      UPDATE "City" AS city SET name = edit.name, country = edit.country, summary = edit.summary, profile = edit.profile,
        "focusAreas" = edit."focusAreas", version = city.version + 1, "updatedById" = ${actor.id}, "updatedAt" = now()
      FROM jsonb_to_recordset(${jsonParameter(rows)}::jsonb)
        AS edit(id int, version int, name text, country text, summary text, profile text, "focusAreas" text[])
      WHERE city.id = edit.id AND city.version = edit.version AND city."deletedAt" IS NULL`;
    if (count !== plan.edits.length) throw new CityChangedMeanwhile(`${plan.edits.length - count} of the cities changed meanwhile`);
  }
  await recordImportedSaves(tx, actor, "city", [
    ...created.map(({ id, create }) => ({
      action: "city.create",
      entityId: id,
      summary: `Created ${create.name} ${how}`,
      before: null,
      after: create,
    })),
    ...plan.edits.map((edit) => ({
      action: "city.update",
      entityId: edit.id,
      summary: `Edited ${edit.after.name} (${edit.fields.join(", ")}) ${how}`,
      before: edit.before,
      after: edit.after,
    })),
  ]);
  if (ids.length) {
    const ranks = ids.map((_, index) => index + 1);
    // Drafts joining the ranking are published (a new version, as publishing by hand makes); moved cities only change rank.
    changed += await tx.$executeRaw`
      UPDATE "City" AS city SET rank = target.rank, status = 'PUBLISHED', "plannedRank" = NULL, "deletedAt" = NULL,
        version = CASE WHEN city.rank IS NULL THEN city.version + 1 ELSE city.version END, "updatedAt" = now()
      FROM unnest(${ids}::int[], ${ranks}::int[]) AS target(id, rank)
      WHERE city.id = target.id AND city.rank IS DISTINCT FROM target.rank`;
  }
  if (plan.published.length) await cancelSchedules(tx, plan.published, `Published ${how} by ${actor.email}`);
  return changed;
}

async function cancelSchedules(tx: Tx, ids: number[], why: string) {
  await tx.$executeRaw`
    UPDATE "ScheduledPublication" SET state = 'cancelled', outcome = ${why.slice(0, 300)}, "finishedAt" = now()
    WHERE "entityType" = 'city' AND "entityId" = ANY(${ids}::int[]) AND state = 'pending'`;
}

function textsOf(city: CityTexts): CityTexts {
  return { name: city.name, country: city.country, summary: city.summary, profile: city.profile, focusAreas: city.focusAreas };
}
