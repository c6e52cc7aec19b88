import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit";
import { fail, ok, type Result } from "../result";
import { moveInOrder, orderProblem } from "./order";
import { applyOrder, bumpListVersion, lockList, orderedIds, type OrderedListName } from "./ordered-list";
import { staleListFailure } from "./failures";

const WORDS = {
  cities: { entityType: "city", one: "city", many: "cities", place: "rank", list: "the ranking", notListed: "Only published cities have a rank. Publish this city first." },
  faq: { entityType: "faq", one: "entry", many: "entries", place: "position", list: "the FAQ", notListed: "Only published FAQ entries have a position. Publish this entry first." },
} as const;

/** Moves one published entry to `to` (clamped to the list), if the list is still at `listVersion`. */
export async function moveEntry(
  list: OrderedListName,
  input: { id: number; to: number; listVersion: number },
  actor: Actor,
  labelOf: (tx: Prisma.TransactionClient, id: number) => Promise<string>,
): Promise<Result<{ listVersion: number; position: number }>> {
  const words = WORDS[list];
  return db.$transaction(async (tx) => {
    const current = await lockList(tx, list);
    if (current !== input.listVersion) return staleListFailure(tx, list, current);
    const order = await orderedIds(tx, list);
    if (!order.includes(input.id)) return fail("not-found", words.notListed);
    const from = order.indexOf(input.id) + 1;
    const next = moveInOrder(order, input.id, input.to);
    const to = next.indexOf(input.id) + 1;
    if (from === to) return ok({ listVersion: current, position: to });
    await applyOrder(tx, list, next);
    const listVersion = await bumpListVersion(tx, list);
    await recordAudit(tx, actor, {
      action: `${words.entityType}.move`,
      entityType: words.entityType,
      entityId: input.id,
      summary: `Moved ${await labelOf(tx, input.id)} from ${words.place} ${from} to ${to}`,
      before: { [words.place]: from, listVersion: current },
      after: { [words.place]: to, listVersion },
    });
    return ok({ listVersion, position: to });
  });
}

/** Replaces the complete published order, if the list is still at `version`. */
export async function reorderEntries(list: OrderedListName, input: { ids: number[]; version: number }, actor: Actor): Promise<Result<{ version: number }>> {
  const words = WORDS[list];
  return db.$transaction(async (tx) => {
    const current = await lockList(tx, list);
    if (current !== input.version) return staleListFailure(tx, list, current);
    const order = await orderedIds(tx, list);
    const problem = orderProblem(order, input.ids);
    if (problem) return fail("invalid", problem, { fieldErrors: { ids: [problem] } });
    const changed = await applyOrder(tx, list, input.ids);
    if (changed === 0) return ok({ version: current });
    const version = await bumpListVersion(tx, list);
    await recordAudit(tx, actor, {
      action: list === "cities" ? "ranking.reorder" : "faq.reorder",
      entityType: list === "cities" ? "ranking" : "faq",
      entityId: list,
      summary: `Reordered ${words.list} (${changed} ${changed === 1 ? words.one : words.many} moved)`,
      before: { ids: order, version: current },
      after: { ids: input.ids, version },
    });
    return ok({ version });
  });
}
