import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RUNNER_KEY_HEADER, scheduleRunnerKey } from "./runner-key";
import { startScheduleRunner } from "./runner";

// The runner against a real local HTTP server; only its interval is driven by fake timers.
describe("the schedule runner", () => {
  const secret = { NEXTAUTH_SECRET: "a-test-secret-of-enough-length-0123456789" };
  const env = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv;
  let requests: IncomingMessage[];
  let nextRequest: Promise<IncomingMessage>;
  let url: string;
  let close: () => Promise<void>;

  beforeEach(async () => {
    requests = [];
    let arrived: (request: IncomingMessage) => void = () => {};
    const expectNext = () => (nextRequest = new Promise((resolve) => (arrived = resolve)));
    expectNext();
    const server = createServer((request, response) => {
      requests.push(request);
      response.end("{}");
      arrived(request);
      expectNext();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/internal/publish-due`;
    // server.close() waits for every open connection, as Next's shutdown does: a kept-alive one would hang it.
    close = () => new Promise((resolve) => server.close(() => resolve()));
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("asks the app to publish what is due, with the key, on a connection that does not stay open", async () => {
    const stop = startScheduleRunner(env({ ...secret, SCHEDULE_CHECK_SECONDS: "2", SCHEDULE_RUNNER_URL: url }));
    vi.advanceTimersByTime(2_000);
    const request = await nextRequest;
    stop();
    expect(request.method).toBe("POST");
    expect(request.headers[RUNNER_KEY_HEADER]).toBe(scheduleRunnerKey(env(secret)));
    expect(request.headers.connection).toBe("close");
    await close();
  });

  it("once stopped, asks nothing more", async () => {
    const stop = startScheduleRunner(env({ ...secret, SCHEDULE_CHECK_SECONDS: "1", SCHEDULE_RUNNER_URL: url }));
    vi.advanceTimersByTime(1_000);
    await nextRequest;
    stop();
    vi.advanceTimersByTime(10_000);
    expect(vi.getTimerCount()).toBe(0);
    expect(requests).toHaveLength(1);
    await close();
  });

  it("does not run without a secret, or with SCHEDULE_CHECK_SECONDS=0", () => {
    startScheduleRunner(env({ SCHEDULE_RUNNER_URL: url }));
    startScheduleRunner(env({ ...secret, SCHEDULE_CHECK_SECONDS: "0", SCHEDULE_RUNNER_URL: url }));
    expect(vi.getTimerCount()).toBe(0);
    return close();
  });
});
