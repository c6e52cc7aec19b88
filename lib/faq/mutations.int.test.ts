import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import type { Actor } from "../audit";
import { seededDatabaseWithEditor } from "../../test/content-fixtures";
import { createFaqEntry, deleteFaqEntryForever, moveFaqEntry, reorderFaq, restoreFaqEntry, trashFaqEntry, updateFaqEntry } from "./mutations";
import { theListing } from "../listing/the-listing";

let editor: Actor;
beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
});

const questions = async () => (await db.faqEntry.findMany({ where: { position: { not: null } }, orderBy: { position: "asc" } })).map((entry) => entry.question);
const faqVersion = async () => (await db.listing.findUniqueOrThrow({ where: theListing })).faqVersion;
const entryAt = (position: number) => db.faqEntry.findFirstOrThrow({ where: { position } });

describe("FAQ entries", () => {
  it("moves an entry and refuses a move based on an old FAQ version", async () => {
    const last = await entryAt(6);
    const version = await faqVersion();
    expect(await moveFaqEntry({ id: last.id, to: 1, listVersion: version }, editor)).toMatchObject({
      ok: true,
      value: { position: 1, listVersion: version + 1 },
    });
    expect((await questions())[0]).toBe(last.question);
    const stale = await moveFaqEntry({ id: last.id, to: 6, listVersion: version }, editor);
    expect(stale).toMatchObject({ ok: false, reason: "stale" });
    expect((await questions())[0]).toBe(last.question);
  });

  it("reorders the whole FAQ", async () => {
    const entries = await db.faqEntry.findMany({ where: { position: { not: null } }, orderBy: { position: "asc" } });
    const result = await reorderFaq({ ids: entries.map((entry) => entry.id).reverse(), version: await faqVersion() }, editor);
    expect(result.ok).toBe(true);
    expect(await questions()).toEqual(entries.map((entry) => entry.question).reverse());
  });

  it("creates a draft, publishes it at its planned position, unpublishes it again", async () => {
    const created = await createFaqEntry({ question: "Which city leads?", answer: "Singapore.", status: "DRAFT", plannedPosition: 2 }, editor);
    if (!created.ok) throw new Error(created.message);
    expect(created.value.position).toBeNull();
    const published = await updateFaqEntry({ id: created.value.id, version: created.value.version, status: "PUBLISHED" }, editor);
    expect(published).toMatchObject({ ok: true, value: { position: 2 } });
    expect((await questions())[1]).toBe("Which city leads?");
    const draft = await updateFaqEntry({ id: created.value.id, version: created.value.version + 1, status: "DRAFT" }, editor);
    expect(draft).toMatchObject({ ok: true, value: { position: null } });
    expect(await questions()).toHaveLength(6);
  });

  it("saves a long question whose one-line summary would end inside an emoji, and the summary keeps the emoji whole", async () => {
    const question = `${"a".repeat(56)}😀 and then some more words about smart cities?`;
    const created = await createFaqEntry({ question, answer: "Yes.", status: "DRAFT" }, editor);
    if (!created.ok) throw new Error(created.message);
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "faq", entityId: created.value.id } });
    expect(revision.summary).toContain(`“${"a".repeat(56)}😀…”`);
    expect(revision.fields).toMatchObject({ question });
    expect(await trashFaqEntry({ id: created.value.id, version: created.value.version }, editor)).toMatchObject({ ok: true });
    expect(await deleteFaqEntryForever({ id: created.value.id }, editor)).toMatchObject({ ok: true });
  });

  it("refuses an edit based on an old version and keeps the newer answer", async () => {
    const entry = await entryAt(1);
    expect((await updateFaqEntry({ id: entry.id, version: entry.version, answer: "New answer." }, editor)).ok).toBe(true);
    expect(await updateFaqEntry({ id: entry.id, version: entry.version, answer: "Older answer." }, editor)).toMatchObject({ ok: false, reason: "stale" });
    expect((await db.faqEntry.findUniqueOrThrow({ where: { id: entry.id } })).answer).toBe("New answer.");
  });

  it("trash closes the gap, restore puts the entry back, delete for good only from the trash", async () => {
    const entry = await entryAt(3);
    const before = await questions();
    expect((await trashFaqEntry({ id: entry.id, version: entry.version }, editor)).ok).toBe(true);
    expect(await questions()).toEqual(before.filter((question) => question !== entry.question));
    expect(await restoreFaqEntry({ id: entry.id }, editor)).toMatchObject({ ok: true, value: { position: 3 } });
    expect(await questions()).toEqual(before);
    expect(await deleteFaqEntryForever({ id: entry.id }, editor)).toMatchObject({ ok: false, reason: "not-found" });
  });

  it("writes an audit event for every accepted change", async () => {
    const actions = (await db.auditEvent.findMany({ where: { entityType: "faq" }, select: { action: true } })).map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining(["faq.move", "faq.reorder", "faq.create", "faq.publish", "faq.unpublish", "faq.update", "faq.trash", "faq.restore"]),
    );
  });
});
