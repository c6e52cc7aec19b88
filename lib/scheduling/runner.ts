import { RUNNER_KEY_HEADER, scheduleRunnerKey } from "./runner-key";

/**
 * Every SCHEDULE_CHECK_SECONDS (30 by default), asks this instance to publish what is due. The work
 * runs in a route handler (app/api/internal/publish-due), not here, because revalidating the public
 * pages needs a request; PostgreSQL decides which instance publishes each schedule (lib/scheduling/run.ts).
 */
export function startScheduleRunner(): void {
  const key = scheduleRunnerKey();
  const seconds = Number(process.env.SCHEDULE_CHECK_SECONDS ?? 30);
  if (!key || !(seconds > 0)) return;
  const tick = async () => {
    // The port `next start`/`next dev` listens on (set once it listens); SCHEDULE_RUNNER_URL where 127.0.0.1 does not reach it.
    const url = process.env.SCHEDULE_RUNNER_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}/api/internal/publish-due`;
    try {
      const response = await fetch(url, { method: "POST", headers: { [RUNNER_KEY_HEADER]: key } });
      if (!response.ok) console.error(`Scheduled publishing: ${url} answered ${response.status}.`);
    } catch (error) {
      console.error(`Scheduled publishing: could not reach ${url}: ${(error as Error).message}`);
    }
  };
  setInterval(() => void tick(), seconds * 1_000).unref();
}
