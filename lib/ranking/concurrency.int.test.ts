import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import type { Actor } from "../audit";
import { httpStatusOf, type Result } from "../result";
import { seededDatabaseWithEditor, storedRanks } from "../../test/content-fixtures";
import { createCity, moveCity, reorderCities, trashCity, updateCity } from "../cities/mutations";
import { createCitySchema } from "../cities/schema";
import { theListing } from "../listing/the-listing";

// Many editors at once on one ranking: against PostgreSQL (`npm test` with DATABASE_URL) the
// operations of a round really run in parallel on separate connections.

const ROUNDS = 5;
const EDITORS = 24;

let editors: Actor[];
beforeAll(async () => {
  await seededDatabaseWithEditor();
  editors = await Promise.all(
    Array.from({ length: EDITORS }, async (_, index) => {
      const user = await db.user.create({ data: { email: `editor-${index}@concurrency.test`, name: `Editor ${index}`, passwordHash: "-" } });
      return { id: user.id, email: user.email };
    }),
  );
});

type Attempt = { kind: string; cityId?: number; basedOn?: number; summary?: string; result: Result<unknown> };

async function oneRound(round: number): Promise<Attempt[]> {
  const listing = await db.listing.findUniqueOrThrow({ where: theListing });
  const published = await db.city.findMany({ where: { rank: { not: null } }, orderBy: { rank: "asc" }, select: { id: true, rank: true, version: true } });
  const target = published[round % published.length]!;
  const victim = published[(round + 5) % published.length]!;
  const count = published.length;

  const operations = editors.map((editor, index): Promise<Attempt> => {
    switch (index % 6) {
      case 0: {
        const city = published[(index * 7 + round) % count]!;
        const to = city.rank === 1 ? count : 1;
        return moveCity({ id: city.id, to, listVersion: listing.rankingVersion }, editor).then((result) => ({ kind: "move", result }));
      }
      case 1: {
        const ids = published.map((city) => city.id);
        const rotated = [...ids.slice(index % count), ...ids.slice(0, index % count)];
        return reorderCities({ ids: rotated.reverse(), version: listing.rankingVersion }, editor).then((result) => ({ kind: "reorder", result }));
      }
      case 2:
      case 3: {
        const summary = `Round ${round}, editor ${index}: a new summary.`;
        return updateCity({ id: target.id, version: target.version, summary }, editor).then((result) => ({
          kind: "edit",
          cityId: target.id,
          basedOn: target.version,
          summary,
          result,
        }));
      }
      case 4: {
        const input = createCitySchema.parse({
          name: `City ${round}-${index}`,
          slug: `city-${round}-${index}`,
          country: "Testland",
          summary: "New.",
          profile: "New.",
          focusAreas: "iot",
          status: index % 12 === 4 ? "PUBLISHED" : "DRAFT",
          plannedRank: 1 + (index % count),
        });
        return createCity(input, editor).then((result) => ({ kind: "create", result }));
      }
      default:
        return trashCity({ id: victim.id, version: victim.version }, editor).then((result) => ({
          kind: "trash",
          cityId: victim.id,
          basedOn: victim.version,
          result,
        }));
    }
  });
  return Promise.all(operations);
}

describe("many editors changing the same ranking at once", () => {
  it("keeps ranks contiguous, audits every accepted change, answers 409 to every lost race", { timeout: 180_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const auditBefore = await db.auditEvent.count();
      const attempts = await oneRound(round);
      const accepted = attempts.filter((attempt) => attempt.result.ok);
      const refused = attempts.filter((attempt) => !attempt.result.ok);

      const ranks = await storedRanks();
      expect(ranks, `round ${round}: ranks 1..N`).toEqual(ranks.map((_, index) => index + 1));

      // Every refusal is a conflict the client hears as 409, never a crash or a silent loss.
      for (const attempt of refused) {
        expect(attempt.result.ok === false && httpStatusOf(attempt.result), `${attempt.kind} refused with ${JSON.stringify(attempt.result)}`).toBe(409);
      }
      // A reorder or move that was accepted changed something, so each accepted change wrote one audit event.
      expect(await db.auditEvent.count(), `round ${round}: one audit event per accepted change`).toBe(auditBefore + accepted.length);

      // Two edits based on the same version: one wins, the others got 409, and the winner's text is stored.
      const edits = accepted.filter((attempt) => attempt.kind === "edit");
      expect(edits.length, `round ${round}: edits accepted`).toBeLessThanOrEqual(1);
      const trashes = accepted.filter((attempt) => attempt.kind === "trash");
      expect(trashes.length).toBeLessThanOrEqual(1);
      if (edits[0]) {
        const stored = await db.city.findUniqueOrThrow({ where: { id: edits[0].cityId! } });
        expect(stored.summary).toBe(edits[0].summary);
      }
      // Moves and reorders named the same list version: at most one of them can have been applied.
      expect(accepted.filter((attempt) => attempt.kind === "move" || attempt.kind === "reorder").length).toBeLessThanOrEqual(1);
      expect(accepted.filter((attempt) => attempt.kind === "create")).toHaveLength(attempts.filter((attempt) => attempt.kind === "create").length);
    }
  });
});
