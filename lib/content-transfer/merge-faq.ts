import type { Actor } from "../audit";
import { jsonParameter } from "../database/json-parameter";
import { Prisma } from "../generated/prisma/client";
import { insertNewDrafts, recordImportedSaves } from "./bulk-saves";
import type { ContentProblem } from "./import";
import { listed, push, type Listed } from "./preview-list";

type Tx = Prisma.TransactionClient;

/**
 * Merging a content file's FAQ into the live one, as merge-cities.ts does for the ranking: an entry
 * is found by its question (outside the trash), its answer updated, and the published FAQ becomes
 * exactly the file's, in its order. Questions the file does not have become drafts (kept, with
 * their place remembered); questions new to this site become new entries.
 */
export type WantedFaqEntry = { at: string; question: string; answer: string };

export type FaqMergePreview = {
  entries: number;
  moved: number;
  added: Listed<{ question: string; position: number }>;
  dropped: Listed<{ question: string; position: number }>;
  edited: Listed<{ question: string }>;
};

export type FaqMergePlan = {
  problems: ContentProblem[];
  preview: FaqMergePreview;
  basedOn: Array<[id: number, version: number]>;
  order: Array<{ id: number } | { create: { question: string; answer: string } }>;
  edits: Array<{ id: number; version: number; question: string; before: string; after: string }>;
  dropped: number[];
  /** Drafts the file publishes. */
  published: number[];
};

type StoredEntry = { id: number; question: string; answer: string; position: number | null; version: number };

/** Reads what merging `wanted` would do. Writes nothing; `forUpdate` locks what it read, as planCityMerge does. */
export async function planFaqMerge(tx: Tx, wanted: WantedFaqEntry[], { forUpdate = false } = {}): Promise<FaqMergePlan> {
  const stored = await tx.$queryRaw<StoredEntry[]>`
    SELECT id, question, answer, position, version FROM "FaqEntry" WHERE "deletedAt" IS NULL ORDER BY position NULLS LAST, id
    ${forUpdate ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
  const byQuestion = new Map<string, StoredEntry>();
  for (const entry of stored) if (!byQuestion.has(entry.question)) byQuestion.set(entry.question, entry);
  const plan: FaqMergePlan = {
    problems: [],
    preview: { entries: wanted.length, moved: 0, added: listed(), dropped: listed(), edited: listed() },
    basedOn: [],
    order: [],
    edits: [],
    dropped: [],
    published: [],
  };
  const claimed = new Map<number, string>();
  const newQuestions = new Map<string, string>();
  wanted.forEach((entry, index) => {
    const position = index + 1;
    const found = byQuestion.get(entry.question);
    const earlier = found ? claimed.get(found.id) : newQuestions.get(entry.question);
    if (earlier) {
      plan.problems.push({ at: entry.at, message: `The question “${entry.question}” is already asked by ${earlier}.` });
      return;
    }
    if (!found) {
      newQuestions.set(entry.question, entry.at);
      plan.order.push({ create: { question: entry.question, answer: entry.answer } });
      push(plan.preview.added, { question: entry.question, position });
      return;
    }
    claimed.set(found.id, entry.at);
    plan.basedOn.push([found.id, found.version]);
    plan.order.push({ id: found.id });
    if (found.answer !== entry.answer) {
      plan.edits.push({ id: found.id, version: found.version, question: found.question, before: found.answer, after: entry.answer });
      push(plan.preview.edited, { question: found.question });
    }
    if (found.position === null) {
      plan.published.push(found.id);
      push(plan.preview.added, { question: found.question, position });
    } else if (found.position !== position) plan.preview.moved += 1;
  });
  for (const entry of stored) {
    if (entry.position === null || claimed.has(entry.id)) continue;
    plan.dropped.push(entry.id);
    plan.basedOn.push([entry.id, entry.version]);
    push(plan.preview.dropped, { question: entry.question, position: entry.position });
  }
  return plan;
}

/** Thrown inside the transaction when an entry changed after the plan was read: everything rolls back. */
export class FaqEntryChangedMeanwhile extends Error {}

/** Applies a plan inside the caller's transaction (which holds the listing's lock); the FAQ's positions change in one statement. */
export async function applyFaqMerge(tx: Tx, plan: FaqMergePlan, actor: Actor, how: string): Promise<void> {
  if (plan.dropped.length) {
    await tx.$executeRaw`
      UPDATE "FaqEntry" SET "plannedPosition" = position, position = NULL, status = 'DRAFT', version = version + 1, "updatedById" = ${actor.id}, "updatedAt" = now()
      WHERE id = ANY(${plan.dropped}::int[])`;
  }
  const { ids, created } = await insertNewDrafts(tx, "FaqEntry", plan.order, actor);
  if (plan.edits.length) {
    // Every answer in one statement, each still conditional on the version the preview read.
    const rows = plan.edits.map(({ id, version, after }) => ({ id, version, answer: after }));
    const count = await tx.$executeRaw`
      UPDATE "FaqEntry" AS entry SET answer = edit.answer, version = entry.version + 1, "updatedById" = ${actor.id}, "updatedAt" = now()
      FROM jsonb_to_recordset(${jsonParameter(rows)}::jsonb) AS edit(id int, version int, answer text)
      WHERE entry.id = edit.id AND entry.version = edit.version AND entry."deletedAt" IS NULL`;
    if (count !== plan.edits.length) throw new FaqEntryChangedMeanwhile(`${plan.edits.length - count} of the answers changed meanwhile`);
  }
  await recordImportedSaves(tx, actor, "faq", [
    ...created.map(({ id, create }) => ({
      action: "faq.create",
      entityId: id,
      summary: `Created the question “${create.question}” ${how}`,
      before: null,
      after: create,
    })),
    ...plan.edits.map((edit) => ({
      action: "faq.update",
      entityId: edit.id,
      summary: `Edited the answer to “${edit.question}” ${how}`,
      before: { question: edit.question, answer: edit.before },
      after: { question: edit.question, answer: edit.after },
    })),
  ]);
  if (ids.length) {
    const positions = ids.map((_, index) => index + 1);
    await tx.$executeRaw`
      UPDATE "FaqEntry" AS entry SET position = target.position, status = 'PUBLISHED', "plannedPosition" = NULL,
        version = CASE WHEN entry.position IS NULL THEN entry.version + 1 ELSE entry.version END, "updatedAt" = now()
      FROM unnest(${ids}::int[], ${positions}::int[]) AS target(id, position)
      WHERE entry.id = target.id AND entry.position IS DISTINCT FROM target.position`;
  }
  // A draft's schedule has nothing left to do once the draft is published or dropped here.
  const touched = [...plan.dropped, ...plan.published];
  if (touched.length) {
    await tx.$executeRaw`
      UPDATE "ScheduledPublication" SET state = 'cancelled', outcome = ${`Changed ${how} by ${actor.email}`.slice(0, 300)}, "finishedAt" = now()
      WHERE "entityType" = 'faq' AND "entityId" = ANY(${touched}::int[]) AND state = 'pending'`;
  }
}
