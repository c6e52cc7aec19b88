import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import type { Actor } from "../audit";
import { cityBySlug, seededDatabaseWithEditor } from "../../test/content-fixtures";
import { updateCity } from "../cities/mutations";
import { rankingCsv } from "./csv";
import { startNextEdition } from "../editions/mutations";
import { moveCity } from "../cities/mutations";
import { rankingVersion } from "../../test/content-fixtures";

let editor: Actor;
beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
});

describe("the ranking as CSV", () => {
  it("has a header and one line per published city in rank order, quoting commas, quotes and line breaks", async () => {
    const seoul = await cityBySlug("seoul");
    const saved = await updateCity({ id: seoul.id, version: seoul.version, summary: 'Seoul, the "smart" capital.' }, editor);
    expect(saved.ok).toBe(true);
    const text = await rankingCsv(db);
    expect(text.startsWith("\uFEFFrank,name,country,summary,slug\r\n")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines).toHaveLength(15 + 2);
    expect(lines[seoul.rank!]).toBe(`${seoul.rank},Seoul,South Korea,"Seoul, the ""smart"" capital.",seoul`);
  });

  it("makes a cell that a spreadsheet would run as a formula plain text", async () => {
    const tokyo = await cityBySlug("tokyo");
    const saved = await updateCity({ id: tokyo.id, version: tokyo.version, summary: '=HYPERLINK("https://evil.example")' }, editor);
    expect(saved.ok).toBe(true);
    const line = (await rankingCsv(db)).split("\r\n")[tokyo.rank!];
    expect(line).toBe(`${tokyo.rank},Tokyo,Japan,"'=HYPERLINK(""https://evil.example"")",tokyo`);
  });

  it("gives a kept edition's ranking as readers saw it, whatever the live ranking became", async () => {
    const before = await rankingCsv(db);
    const year = (await db.listing.findFirstOrThrow({ select: { year: true } })).year;
    const started = await startNextEdition({ currentYear: year, nextYear: year + 1 }, editor);
    expect(started.ok).toBe(true);
    const last = await db.city.findFirstOrThrow({ where: { rank: 15 } });
    expect((await moveCity({ id: last.id, to: 1, listVersion: await rankingVersion() }, editor)).ok).toBe(true);
    expect(await rankingCsv(db, year)).toBe(before);
    expect(await rankingCsv(db)).not.toBe(before);
  });
});
