import { db } from "../db";
import { recordAudit, type Actor } from "../audit";
import { fail, ok, type Result } from "../result";
import { clampPosition, orderProblem } from "./order";
import { applyOrder, bumpListVersion, entryPlace, lockList, moveWithinOrder, orderedIds, type OrderedListName } from "./ordered-list";
import { staleListFailure } from "./failures";

const WORDS = {
  cities: {
    entityType: "city",
    one: "city",
    many: "cities",
    place: "rank",
    list: "the ranking",
    notListed: "Only published cities have a rank. Publish this city first.",
  },
  faq: {
    entityType: "faq",
    one: "entry",
    many: "entries",
    place: "position",
    list: "the FAQ",
    notListed: "Only published FAQ entries have a position. Publish this entry first.",
  },
} as const;

/**
 * Moves one published entry to `to` (clamped to the list), if the list is still at `listVersion`.
 * A fixed number of statements whatever the length of the list: lock, read the entry's place and the
 * length, one UPDATE of the rows between the two places, the version, the audit event.
 */
export async function moveEntry(
  list: OrderedListName,
  input: { id: number; to: number; listVersion: number },
  actor: Actor,
  /** How the audit names the entry, from its name or question. */
  describe: (label: string) => string = (label) => label,
): Promise<Result<{ listVersion: number; position: number }>> {
  const words = WORDS[list];
  return db.$transaction(async (tx) => {
    const current = await lockList(tx, list);
    if (current !== input.listVersion) return staleListFailure(tx, list, current);
    const entry = await entryPlace(tx, list, input.id);
    if (entry?.place == null) return fail("not-found", words.notListed);
    const from = entry.place;
    const to = clampPosition(input.to, entry.length);
    if (from === to) return ok({ listVersion: current, position: to });
    await moveWithinOrder(tx, list, input.id, from, to);
    const listVersion = await bumpListVersion(tx, list);
    await recordAudit(tx, actor, {
      action: `${words.entityType}.move`,
      entityType: words.entityType,
      entityId: input.id,
      summary: `Moved ${describe(entry.label)} from ${words.place} ${from} to ${to}`,
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
