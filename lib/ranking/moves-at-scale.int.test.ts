import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import type { Actor } from "../audit";
import type { Result } from "../result";
import { rankingVersion, seededDatabaseWithEditor, storedRanks } from "../../test/content-fixtures";
import { addPublishedCities } from "../../test/large-ranking";
import { createCity, moveCity, restoreCity, trashCity, updateCity } from "../cities/mutations";
import { createCitySchema } from "../cities/schema";
import { moveInOrder } from "./order";

// A change to the ranking costs a fixed number of SQL statements, whatever the length of the list.
// Every statement is counted where it leaves for PostgreSQL: the pg client that Prisma's driver
// adapter sends each query through (BEGIN and COMMIT included).

let editor: Actor;
beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The SQL texts `run` sends, in order, with the values left out (they differ from size to size). */
async function statementsOf(run: () => Promise<Result<unknown>>): Promise<string[]> {
  const sent: string[] = [];
  const query = pg.Client.prototype.query;
  vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const [config] = args as [string | { text: string }];
    sent.push((typeof config === "string" ? config : config.text).replace(/\s+/g, " ").trim());
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query);
  const result = await run();
  vi.restoreAllMocks();
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return sent;
}

const publishedIds = async () =>
  (await db.city.findMany({ where: { rank: { not: null } }, orderBy: { rank: "asc" }, select: { id: true } })).map((city) => city.id);
const cityVersion = async (id: number) => (await db.city.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** Moves, publish, trash and restore on the current list; checks each result against the rules; returns the statements of each. */
async function changesAtThisSize(label: string): Promise<Record<string, string[]>> {
  const statements: Record<string, string[]> = {};
  const move = async (name: string, pick: (ids: number[]) => { id: number; to: number }) => {
    const before = await publishedIds();
    const { id, to } = pick(before);
    const listVersion = await rankingVersion();
    statements[name] = await statementsOf(() => moveCity({ id, to, listVersion }, editor));
    expect(await publishedIds(), name).toEqual(moveInOrder(before, id, to));
  };
  await move("move last to 1", (ids) => ({ id: ids.at(-1)!, to: 1 }));
  await move("move first to last", (ids) => ({ id: ids[0]!, to: ids.length }));
  await move("move middle to 1", (ids) => ({ id: ids[Math.floor(ids.length / 2)]!, to: 1 }));

  const draft = await createCity(
    createCitySchema.parse({
      name: `Draft ${label}`,
      slug: `draft-${label}`,
      country: "Testland",
      summary: "A draft.",
      profile: "Draft.",
      focusAreas: "iot",
      plannedRank: 1,
    }),
    editor,
  );
  if (!draft.ok) throw new Error(draft.message);
  statements["publish at 1"] = await statementsOf(async () => updateCity({ id: draft.value.id, version: draft.value.version, status: "PUBLISHED" }, editor));
  expect((await publishedIds())[0]).toBe(draft.value.id);
  const version = await cityVersion(draft.value.id);
  statements["trash rank 1"] = await statementsOf(() => trashCity({ id: draft.value.id, version }, editor));
  expect(await publishedIds()).not.toContain(draft.value.id);
  statements["restore to rank 1"] = await statementsOf(() => restoreCity({ id: draft.value.id }, editor));
  expect((await publishedIds())[0]).toBe(draft.value.id);

  const ranks = await storedRanks();
  expect(ranks).toEqual(ranks.map((_, index) => index + 1));
  return statements;
}

describe("a change to the ranking at 100 and at 1,000 cities", () => {
  it("sends the same SQL statements at both sizes", async () => {
    await addPublishedCities(db, 100 - (await db.city.count({ where: { rank: { not: null } } })));
    const atHundred = await changesAtThisSize("100");
    expect(await db.city.count({ where: { rank: { not: null } } })).toBe(101);

    await addPublishedCities(db, 1_000 - 101);
    const atThousand = await changesAtThisSize("1000");
    // The moves ran at 1,000; the draft published after them makes 1,001.
    expect(await db.city.count({ where: { rank: { not: null } } })).toBe(1_001);

    // Counted for real: a move is its transaction, the list lock, the read of its place, one UPDATE …
    expect(atHundred["move last to 1"]![0]).toBe("BEGIN");
    expect(atHundred["move last to 1"]!.length).toBeGreaterThanOrEqual(7);
    expect(atHundred["move last to 1"]!.filter((sql) => /^UPDATE "City"/.test(sql))).toHaveLength(1);
    for (const [change, statements] of Object.entries(atHundred)) {
      expect({ change, count: atThousand[change]!.length }).toEqual({ change, count: statements.length });
      expect(atThousand[change], change).toEqual(statements);
    }
  });
});
