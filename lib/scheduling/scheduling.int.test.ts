import { untilAStatementWaitsOnALock } from "../../test/lock-waits";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient, db } from "../db";
import type { Actor } from "../audit";
import { seededDatabaseWithEditor, storedRanks } from "../../test/content-fixtures";
import { createCity, trashCity, updateCity } from "../cities/mutations";
import { createCitySchema } from "../cities/schema";
import { createFaqEntry } from "../faq/mutations";
import { lockList } from "../ranking/ordered-list";
import { cancelPendingSchedules } from "./cancel";
import { cancelSchedule, schedulePublication } from "./mutations";
import { publishDueSchedules } from "./run";
import { scheduleSchema } from "./schema";

let editor: Actor;
// A second client, as a second app instance (or the same one after a restart) would have.
const otherInstance = createDatabaseClient(process.env.DATABASE_URL!);
beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
});
afterAll(() => otherInstance.$disconnect());

const inAMinute = () => new Date(Date.now() + 60_000);
const later = () => new Date(Date.now() + 120_000);
const ok = <T>(result: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!result.ok) throw new Error(result.message);
  return result.value;
};
async function draftCity(name: string) {
  const slug = name.toLowerCase().replace(/ /g, "-");
  return ok(await createCity(createCitySchema.parse({ name, slug, country: "Testland", summary: "S.", profile: "P.", focusAreas: "iot" }), editor));
}
const cityNow = (id: number) => db.city.findUniqueOrThrow({ where: { id } });
const scheduleNow = (id: number) => db.scheduledPublication.findUniqueOrThrow({ where: { id } });

describe("scheduled publishing", () => {
  it("publishes a draft once its time has come, in the name of who scheduled it, and not before", async () => {
    const city = await draftCity("Semarang");
    const { scheduleId } = ok(await schedulePublication("city", { id: city.id, publishAt: inAMinute() }, editor));
    expect(await publishDueSchedules(db, new Date())).toBe(0);
    expect((await cityNow(city.id)).status).toBe("DRAFT");

    expect(await publishDueSchedules(otherInstance, later())).toBe(1);
    expect(await cityNow(city.id)).toMatchObject({ status: "PUBLISHED", rank: 16 });
    expect(await scheduleNow(scheduleId)).toMatchObject({ state: "done", outcome: "Published at rank 16." });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "city", entityId: String(city.id), action: "city.publish" } });
    expect(audit.userEmail).toBe(editor.email);
    // Nothing runs twice.
    expect(await publishDueSchedules(db, later())).toBe(0);
  });

  it("runs each schedule once when several instances look at the same moment", async () => {
    const cities = await Promise.all(["Alpha Town", "Beta Town", "Gamma Town", "Delta Town", "Epsilon Town"].map(draftCity));
    for (const city of cities) ok(await schedulePublication("city", { id: city.id, publishAt: inAMinute() }, editor));
    const [first, second] = await Promise.all([publishDueSchedules(db, later()), publishDueSchedules(otherInstance, later())]);
    expect(first + second).toBe(5);
    const published = await db.auditEvent.count({ where: { action: "city.publish", entityId: { in: cities.map((city) => String(city.id)) } } });
    expect(published).toBe(5);
    const ranks = await storedRanks();
    expect(ranks).toEqual(ranks.map((_, index) => index + 1));
  });

  it("publishes FAQ entries too", async () => {
    const entry = ok(await createFaqEntry({ question: "When is the next edition?", answer: "Soon.", status: "DRAFT" }, editor));
    ok(await schedulePublication("faq", { id: entry.id, publishAt: inAMinute() }, editor));
    expect(await publishDueSchedules(db, later())).toBe(1);
    expect(await db.faqEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ status: "PUBLISHED", position: 7 });
  });

  it("does not publish a cancelled schedule, and a second cancel says it is no longer waiting", async () => {
    const city = await draftCity("Cancelled Town");
    const { scheduleId } = ok(await schedulePublication("city", { id: city.id, publishAt: inAMinute() }, editor));
    ok(await cancelSchedule({ scheduleId }, editor));
    expect(await publishDueSchedules(db, later())).toBe(0);
    expect((await cityNow(city.id)).status).toBe("DRAFT");
    expect(await cancelSchedule({ scheduleId }, editor)).toMatchObject({ ok: false, reason: "conflict" });
  });

  it("replaces a draft's earlier schedule with a new one", async () => {
    const city = await draftCity("Twice Town");
    const first = ok(await schedulePublication("city", { id: city.id, publishAt: inAMinute() }, editor));
    const second = ok(await schedulePublication("city", { id: city.id, publishAt: later() }, editor));
    expect(await scheduleNow(first.scheduleId)).toMatchObject({ state: "cancelled", outcome: "Replaced by a new schedule" });
    expect(await scheduleNow(second.scheduleId)).toMatchObject({ state: "pending" });
    ok(await cancelSchedule({ scheduleId: second.scheduleId }, editor));
  });

  it("is cancelled when an editor publishes or trashes the draft by hand, so it cannot publish it again later", async () => {
    const published = await draftCity("By Hand Town");
    const first = ok(await schedulePublication("city", { id: published.id, publishAt: inAMinute() }, editor));
    ok(await updateCity({ id: published.id, version: published.version, status: "PUBLISHED" }, editor));
    const unpublished = await cityNow(published.id);
    ok(await updateCity({ id: published.id, version: unpublished.version, status: "DRAFT" }, editor));
    expect(await scheduleNow(first.scheduleId)).toMatchObject({ state: "cancelled", outcome: `Published by ${editor.email}` });

    const trashed = await draftCity("Trashed Town");
    const second = ok(await schedulePublication("city", { id: trashed.id, publishAt: inAMinute() }, editor));
    ok(await trashCity({ id: trashed.id, version: trashed.version }, editor));
    expect(await scheduleNow(second.scheduleId)).toMatchObject({ state: "cancelled", outcome: `Moved to the trash by ${editor.email}` });

    expect(await publishDueSchedules(db, later())).toBe(0);
    expect((await cityNow(published.id)).status).toBe("DRAFT");
  });

  it("keeps one schedule when several editors schedule the same draft at once", async () => {
    const city = await draftCity("Crowded Town");
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, index) => schedulePublication("city", { id: city.id, publishAt: new Date(Date.now() + (index + 1) * 60_000) }, editor)),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    const pending = await db.scheduledPublication.findMany({ where: { entityType: "city", entityId: city.id, state: "pending" } });
    expect(pending).toHaveLength(1);
    expect(await db.scheduledPublication.count({ where: { entityType: "city", entityId: city.id, state: "cancelled" } })).toBe(4);
    // The one left is due within five minutes: call it off, so the later tests' runs count only their own.
    ok(await cancelSchedule({ scheduleId: pending[0]!.id }, editor));
  });

  it("meets an editor trashing the same draft at that moment without a deadlock: the trash wins, nothing is published", async () => {
    const city = await draftCity("Race Town");
    const { scheduleId } = ok(await schedulePublication("city", { id: city.id, publishAt: inAMinute() }, editor));
    let runner: Promise<number> | undefined;
    // The editor's trash, step by step: it takes the list's lock, then cancels the record's schedule.
    await otherInstance.$transaction(
      async (tx) => {
        await lockList(tx, "cities");
        runner = publishDueSchedules(db, later());
        await untilAStatementWaitsOnALock();
        await cancelPendingSchedules(tx, "city", city.id, `Moved to the trash by ${editor.email}`);
      },
      { timeout: 20_000 },
    );
    expect(await runner).toBe(0);
    expect(await scheduleNow(scheduleId)).toMatchObject({ state: "cancelled" });
    expect((await cityNow(city.id)).status).toBe("DRAFT");
  });

  it("is not carried out once the account that set it is disabled, and says so", async () => {
    const colleague = await db.user.create({ data: { email: "leaver@example.test", name: "Leaver", passwordHash: "x", role: "EDITOR" } });
    const city = await draftCity("Leaver Town");
    const { scheduleId } = ok(await schedulePublication("city", { id: city.id, publishAt: inAMinute() }, { id: colleague.id, email: colleague.email }));
    await db.user.update({ where: { id: colleague.id }, data: { isDisabled: true } });
    expect(await publishDueSchedules(db, later())).toBe(1);
    expect(await scheduleNow(scheduleId)).toMatchObject({
      state: "failed",
      outcome: "leaver@example.test can no longer edit, so their schedule was not carried out.",
    });
    expect((await cityNow(city.id)).status).toBe("DRAFT");
  });

  it("marks a schedule whose record was deleted for good as failed, and goes on with the next", async () => {
    const gone = await draftCity("Gone Town");
    const next = await draftCity("Next Town");
    const first = ok(await schedulePublication("city", { id: gone.id, publishAt: inAMinute() }, editor));
    ok(await schedulePublication("city", { id: next.id, publishAt: later() }, editor));
    await db.city.delete({ where: { id: gone.id } });
    expect(await publishDueSchedules(db, new Date(Date.now() + 180_000))).toBe(2);
    expect(await scheduleNow(first.scheduleId)).toMatchObject({ state: "failed", outcome: expect.stringMatching(/deleted for good/) });
    expect((await cityNow(next.id)).status).toBe("PUBLISHED");
  });

  it("refuses to schedule what is published already, and a time that has passed", async () => {
    const seoul = await db.city.findUniqueOrThrow({ where: { slug: "seoul" } });
    expect(await schedulePublication("city", { id: seoul.id, publishAt: inAMinute() }, editor)).toMatchObject({ ok: false, reason: "conflict" });
    const past = scheduleSchema.safeParse({ id: seoul.id, publishAt: "2020-01-01T09:00" });
    expect(past.success).toBe(false);
    expect(past.error?.issues[0]?.message).toMatch(/in the future/);
    expect(scheduleSchema.safeParse({ id: seoul.id, publishAt: "tomorrow" }).error?.issues[0]?.message).toMatch(/like 2026-12-24 09:00/);
  });
});
