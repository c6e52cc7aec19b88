import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import type { Actor } from "../audit";
import { seededDatabaseWithEditor } from "../../test/content-fixtures";
import { updatePageText } from "./mutations";
import { pageTextSchema } from "./schema";
import { theListing } from "./the-listing";

let editor: Actor;
beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
});

const currentPageText = async () => {
  const { titleTemplate, year, intro, developmentHeading, development, faqHeading, conclusion, seoDescription, version } = await db.listing.findUniqueOrThrow({
    where: theListing,
  });
  return { titleTemplate, year, intro, developmentHeading, development, faqHeading, conclusion, seoDescription, version };
};

describe("page text", () => {
  it("saves a new intro and records what changed", async () => {
    const text = await currentPageText();
    const result = await updatePageText({ ...text, intro: "A new introduction." }, editor);
    expect(result).toEqual({ ok: true, value: { version: text.version + 1 } });
    expect((await currentPageText()).intro).toBe("A new introduction.");
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: "listing.update" } })).summary).toBe("Edited the page text (intro)");
  });

  it("refuses a save based on an old version", async () => {
    const text = await currentPageText();
    const stale = await updatePageText({ ...text, version: text.version - 1, conclusion: "Lost?" }, editor);
    expect(stale).toMatchObject({ ok: false, reason: "stale", currentVersion: text.version });
    expect((await currentPageText()).conclusion).toBe(text.conclusion);
  });

  it("refuses a title without {count}, so it cannot state a number that disagrees with the list", () => {
    const parsed = pageTextSchema.safeParse({
      titleTemplate: "Top 12 Smart Cities in Asia",
      year: 2024,
      intro: "x",
      developmentHeading: "x",
      development: "x",
      faqHeading: "x",
      conclusion: "x",
      seoDescription: "x",
      version: 1,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/Keep \{count\}/);
  });
});
