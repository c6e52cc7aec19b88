import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { RUNNER_KEY_HEADER, scheduleRunnerKey } from "./runner-key";

/**
 * Every SCHEDULE_CHECK_SECONDS (30 by default), asks this instance to publish what is due. The work
 * runs in a route handler (app/api/internal/publish-due), not here, because revalidating the public
 * pages needs a request; PostgreSQL decides which instance publishes each schedule (lib/scheduling/run.ts).
 * Returns a function that stops it; a SIGTERM or SIGINT stops it too.
 */
export function startScheduleRunner(env: NodeJS.ProcessEnv = process.env): () => void {
  const key = scheduleRunnerKey(env);
  const seconds = Number(env.SCHEDULE_CHECK_SECONDS ?? 30);
  if (!key || !(seconds > 0)) return () => {};
  const tick = async () => {
    // The port `next start`/`next dev` listens on (set once it listens); SCHEDULE_RUNNER_URL where 127.0.0.1 does not reach it.
    const url = env.SCHEDULE_RUNNER_URL ?? `http://127.0.0.1:${env.PORT ?? 3000}/api/internal/publish-due`;
    try {
      const status = await postOnce(url, { [RUNNER_KEY_HEADER]: key });
      if (status !== 200) console.error(`Scheduled publishing: ${url} answered ${status}.`);
    } catch (error) {
      console.error(`Scheduled publishing: could not reach ${url}: ${(error as Error).message}`);
    }
  };
  const timer = setInterval(() => void tick(), seconds * 1_000);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    process.off("SIGTERM", stop);
    process.off("SIGINT", stop);
  };
  // Next closes its server on these (its handlers are in place before instrumentation runs): no new
  // request may start meanwhile. Without a handler already there, ours would cancel the default exit.
  for (const signal of ["SIGTERM", "SIGINT"] as const) if (process.listenerCount(signal) > 0) process.once(signal, stop);
  return stop;
}

/**
 * A POST on a connection of its own, closed after the answer. Not fetch: inside `next start` it is
 * Next's, which keeps connections alive, and Next's graceful shutdown waits for every open
 * connection to close (a SIGTERM took 3–4 s, and forever while each tick reused the connection).
 */
function postOnce(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const send = url.startsWith("https:") ? httpsRequest : httpRequest;
    const request = send(url, { method: "POST", headers, agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
    request.end();
  });
}
