import { describe, expect, it } from "vitest";
import { createDatabaseClient, db } from "../db";
import { isDatabaseUnreachable } from "./errors";

describe("isDatabaseUnreachable", () => {
  it("recognises a server nobody answers on, for model queries, transactions and raw queries", async () => {
    const nowhere = createDatabaseClient("postgresql://nobody:nothing@127.0.0.1:1/none");
    try {
      const failures = await Promise.all([
        nowhere.user.findMany().catch((error: unknown) => error),
        nowhere.$transaction((tx) => tx.user.count()).catch((error: unknown) => error),
        nowhere.$queryRaw`SELECT 1`.catch((error: unknown) => error),
      ]);
      expect(failures.map((error) => isDatabaseUnreachable(error))).toEqual([true, true, true]);
    } finally {
      await nowhere.$disconnect();
    }
  });

  it("does not mistake a failed query on a reachable database for an outage", async () => {
    const error = await db.$queryRaw`SELECT * FROM "NoSuchTable"`.catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnreachable(error)).toBe(false);
    expect(isDatabaseUnreachable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
  });
});
