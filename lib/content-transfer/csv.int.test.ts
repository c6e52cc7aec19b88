import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import type { Actor } from "../audit";
import { cityBySlug, seededDatabaseWithEditor } from "../../test/content-fixtures";
import { updateCity } from "../cities/mutations";
import { rankingCsv } from "./csv";

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
});
