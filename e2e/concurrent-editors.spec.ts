import { expect, test, type APIRequestContext } from "@playwright/test";
import { queryTestDatabase } from "./helpers/database";
import { restoreCityOrder, storedCityOrder } from "./helpers/ranking";
import { signedInThrowaway } from "./helpers/sessions";
import { deleteThrowawayUsers } from "./helpers/throwaway-users";
import { LISTING_ID } from "../lib/listing/the-listing";

// Many editors at once on one ranking, through the JSON API of the real server (on PostgreSQL in
// CI: `npm test` with DATABASE_URL): each round sends 24 requests in parallel from 8 signed-in
// editors, reordering, editing, creating and trashing in the same list. After each round the ranks
// are 1..N, every accepted change is in the audit log, every refusal is a 409, and no accepted
// change was overwritten without the other party getting a 409. (lib/ranking/concurrency.int.test.ts
// runs the same race at the library level, with moves.)

const EDITORS = 8;
const ROUNDS = 5;
const PREFIX = "concurrent-e2e";

type Sent = { kind: "reorder" | "contested edit" | "own edit" | "create" | "trash"; editor: number; cityId?: number; body: Record<string, unknown> };
type Answered = Sent & { status: number; value: Record<string, unknown> };

let editors: APIRequestContext[];
let originalOrder: number[];

test.beforeAll(async ({ playwright }, testInfo) => {
  editors = await Promise.all(
    Array.from({ length: EDITORS }, async () => (await signedInThrowaway(playwright, testInfo.project.use.baseURL!, "EDITOR")).request),
  );
  originalOrder = await storedCityOrder();
});

test.afterAll(async () => {
  // Take this spec's cities out through the API (ranks stay contiguous), then delete them; the seeded order comes back.
  const leftovers = await queryTestDatabase<{ id: number; version: number }>(
    `SELECT id, version FROM "City" WHERE slug LIKE $1 AND "deletedAt" IS NULL ORDER BY id`,
    [`${PREFIX}-%`],
  );
  for (const city of leftovers) expect((await editors[0]!.delete(`/api/editor/cities/${city.id}`, { data: { version: city.version } })).status()).toBe(200);
  await queryTestDatabase(`DELETE FROM "City" WHERE slug LIKE $1`, [`${PREFIX}-%`]);
  await restoreCityOrder(editors[0]!, originalOrder);
  for (const editor of editors) await editor.dispose();
  await deleteThrowawayUsers();
});

const cityFields = (slug: string, status: "DRAFT" | "PUBLISHED", plannedRank?: number) => ({
  name: `Concurrent ${slug}`,
  slug,
  country: "Testland",
  summary: "Made by the concurrency test.",
  profile: "Concurrency.",
  focusAreas: ["iot"],
  status,
  ...(plannedRank ? { plannedRank } : {}),
});

async function createPublished(request: APIRequestContext, slug: string): Promise<number> {
  const response = await request.post("/api/editor/cities", { data: cityFields(slug, "PUBLISHED") });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).id as number;
}

const cityRows = (ids: number[]) =>
  queryTestDatabase<{ id: number; version: number; summary: string; rank: number | null; deletedAt: Date | null }>(
    `SELECT id, version, summary, rank, "deletedAt" FROM "City" WHERE id = ANY($1::int[])`,
    [ids],
  );
const rankingVersion = async () => (await queryTestDatabase<{ v: number }>(`SELECT "rankingVersion" AS v FROM "Listing" WHERE id = $1`, [LISTING_ID]))[0]!.v;
const lastAuditId = async () => (await queryTestDatabase<{ id: number | null }>(`SELECT max(id) AS id FROM "AuditEvent"`))[0]!.id ?? 0;

async function send(sent: Sent): Promise<Answered> {
  const request = editors[sent.editor % EDITORS]!;
  const response =
    sent.kind === "reorder"
      ? await request.put("/api/editor/cities/order", { data: sent.body })
      : sent.kind === "create"
        ? await request.post("/api/editor/cities", { data: sent.body })
        : sent.kind === "trash"
          ? await request.delete(`/api/editor/cities/${sent.cityId}`, { data: sent.body })
          : await request.patch(`/api/editor/cities/${sent.cityId}`, { data: sent.body });
  return { ...sent, status: response.status(), value: (await response.json()) as Record<string, unknown> };
}

test("24 parallel requests per round from 8 editors: ranks stay 1..N, every accepted change is audited, every lost race is a 409", async () => {
  test.setTimeout(180_000);
  // Cities of this spec, in the published list: one contested by several editors, four edited by one editor each.
  const contested = await createPublished(editors[0]!, `${PREFIX}-contested`);
  const own = await Promise.all([1, 2, 3, 4].map((index) => createPublished(editors[index]!, `${PREFIX}-own-${index}`)));

  for (let round = 0; round < ROUNDS; round++) {
    const victim = await createPublished(editors[1]!, `${PREFIX}-victim-${round}`);
    const order = await storedCityOrder();
    const version = await rankingVersion();
    const rows = new Map((await cityRows([contested, victim, ...own])).map((row) => [row.id, row]));
    const auditBefore = await lastAuditId();

    const requests: Sent[] = [];
    // Six complete new orders, all based on the same version: at most one can be applied.
    for (let index = 0; index < 6; index++) {
      const rotated = [...order.slice(index + 1), ...order.slice(0, index + 1)];
      requests.push({ kind: "reorder", editor: index, body: { ids: index % 2 ? rotated.reverse() : rotated, version } });
    }
    // Six edits of the same city from the same version: one wins, five must hear 409.
    for (let index = 0; index < 6; index++) {
      requests.push({
        kind: "contested edit",
        editor: index + 2,
        cityId: contested,
        body: { version: rows.get(contested)!.version, summary: `Round ${round}: editor ${index}'s summary.` },
      });
    }
    // Four edits of four different cities: no conflict, so all four must be accepted.
    own.forEach((id, index) =>
      requests.push({ kind: "own edit", editor: index, cityId: id, body: { version: rows.get(id)!.version, summary: `Round ${round}: own edit ${index}.` } }),
    );
    // Four new cities, one of them published at rank 1 (the list moves down under everyone's feet).
    for (let index = 0; index < 4; index++) {
      requests.push({
        kind: "create",
        editor: index + 4,
        body: cityFields(`${PREFIX}-${round}-${index}`, index === 0 ? "PUBLISHED" : "DRAFT", index === 0 ? 1 : 3),
      });
    }
    // Four editors trash the same city: one succeeds.
    for (let index = 0; index < 4; index++) requests.push({ kind: "trash", editor: index + 5, cityId: victim, body: { version: rows.get(victim)!.version } });
    expect(requests.length).toBeGreaterThanOrEqual(20);

    const answers = await Promise.all(requests.map(send));
    const accepted = answers.filter((answer) => answer.status === 200 || answer.status === 201);
    const refused = answers.filter((answer) => !accepted.includes(answer));
    const label = (answer: Answered) => `round ${round}, ${answer.kind}: ${answer.status} ${JSON.stringify(answer.value).slice(0, 200)}`;

    // Every refusal is a conflict the client hears as 409, never an error or a silent loss.
    for (const answer of refused) expect(answer.status, label(answer)).toBe(409);
    const count = (kind: Sent["kind"]) => accepted.filter((answer) => answer.kind === kind);
    expect(count("reorder").length, `round ${round}: reorders applied`).toBeLessThanOrEqual(1);
    expect(count("contested edit").length, `round ${round}: contested edits applied`).toBe(1);
    expect(count("trash").length, `round ${round}: trashes applied`).toBe(1);
    expect(count("own edit").length, `round ${round}: uncontested edits applied`).toBe(4);
    expect(count("create").length, `round ${round}: cities created`).toBe(4);

    // Ranks are 1..N with no gap or duplicate.
    const ranks = (await queryTestDatabase<{ rank: number }>(`SELECT rank FROM "City" WHERE rank IS NOT NULL ORDER BY rank`)).map((row) => row.rank);
    expect(ranks, `round ${round}: ranks`).toEqual(ranks.map((_, index) => index + 1));

    // Nothing accepted was overwritten: the stored text is each winner's, the applied order survives (with inserts and the trashed city).
    const after = new Map((await cityRows([contested, victim, ...own])).map((row) => [row.id, row]));
    expect(after.get(contested)!.summary).toBe(count("contested edit")[0]!.body.summary);
    for (const edit of count("own edit")) expect(after.get(edit.cityId!)!.summary).toBe(edit.body.summary);
    expect(after.get(victim)!.deletedAt).not.toBeNull();
    const applied = count("reorder")[0];
    if (applied) {
      const stored = await storedCityOrder();
      const appliedIds = (applied.body.ids as number[]).filter((id) => id !== victim);
      expect(
        stored.filter((id) => appliedIds.includes(id)),
        `round ${round}: the accepted order`,
      ).toEqual(appliedIds);
    }

    // Every accepted change is in the audit log, once; nothing else is.
    const events = await queryTestDatabase<{ action: string; entityId: string | null }>(
      `SELECT action, "entityId" FROM "AuditEvent" WHERE id > $1 ORDER BY id`,
      [auditBefore],
    );
    expect(events.length, `round ${round}: audit events`).toBe(accepted.length);
    const expectedEvents = accepted.map((answer) => {
      if (answer.kind === "reorder") return "ranking.reorder ranking";
      if (answer.kind === "create") return `city.create ${answer.value.id}`;
      if (answer.kind === "trash") return `city.trash ${answer.cityId}`;
      return `city.update ${answer.cityId}`;
    });
    expect(events.map((event) => `${event.action} ${event.entityId === "cities" ? "ranking" : event.entityId}`).sort()).toEqual(expectedEvents.sort());
  }
});
