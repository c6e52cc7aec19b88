import { beforeEach, describe, expect, it } from "vitest";
import { createTestUser } from "../../test/user-fixtures";
import { db } from "../db";
import { activity } from "./queries";

beforeEach(async () => {
  await db.auditEvent.deleteMany();
  const base = { userEmail: "admin@example.test", action: "x", summary: "x" };
  await db.auditEvent.createMany({
    data: [
      { ...base, action: "city.update", entityType: "city", entityId: "3", summary: "Edited Tokyo" },
      {
        ...base,
        action: "user.change-role",
        entityType: "user",
        entityId: "7",
        summary: "Changed eve@example.test from editor to admin",
        after: { email: "eve@example.test", role: "ADMIN" },
      },
      { ...base, action: "faq.update", entityType: "faq", entityId: "3", summary: "Edited a question" },
    ],
  });
});

describe("who reads which activity", () => {
  it("editors never get user events, whatever filter or page they ask for", async () => {
    const editor = await createTestUser({ role: "EDITOR" });
    expect((await activity(editor)).events.map((event) => event.entityType)).toEqual(["faq", "city"]);
    expect((await activity(editor, { entityType: "user" })).events).toEqual([]);
    expect((await activity(editor, { entityType: "user", entityId: "7" })).events).toEqual([]);
    expect((await activity(editor, { entityId: "7" })).events).toEqual([]);
    expect((await activity(editor, { before: 2_147_483_647 })).events.map((event) => event.entityType)).toEqual(["faq", "city"]);
  });

  it("admins get everything, user management included", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    expect((await activity(admin)).events.map((event) => event.entityType)).toEqual(["faq", "user", "city"]);
    expect((await activity(admin, { entityType: "user" })).events).toMatchObject([{ summary: "Changed eve@example.test from editor to admin" }]);
  });
});
