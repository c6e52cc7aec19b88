import { afterEach, describe, expect, it, vi } from "vitest";
import { createDatabaseClient } from "./db";
import { publicHealth } from "./health";

afterEach(() => vi.restoreAllMocks());

describe("the health check's public answer", () => {
  it("says ok when the database answers", async () => {
    expect(await publicHealth()).toEqual({ status: "ok" });
  });

  it("says only 'unavailable' when the database is unreachable, and logs the driver's detail for the operators", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // Nothing listens on port 1: the driver's error names the host and port.
    const unreachable = createDatabaseClient("postgresql://postgres@127.0.0.1:1/health_check");
    try {
      const answer = await publicHealth(unreachable);
      expect(answer).toEqual({ status: "unavailable" });
      expect(JSON.stringify(answer)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:1\b/);
      expect(logged.mock.calls.flat().join(" ")).toMatch(/the database is unreachable \(.+\)/);
    } finally {
      await unreachable.$disconnect();
    }
  });
});
