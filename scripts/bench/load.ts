import autocannon from "autocannon";

// Load is generated in this process with autocannon (10 connections). Contenders that are compared
// run in alternating rounds (ours, baseline, ours, baseline…) so that whatever else uses the shared
// CPU at that moment falls on both alike.

export const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = 2;
const WARM_UP_SECONDS = 2;

export type Load = { requestsPerSecond: number; p99: number; requests: number; failures: number };

export type Contender = { label: string; url: string; headers?: Record<string, string> };

export const loadPlan = `autocannon, ${CONNECTIONS} connections, ${SECONDS} s per contender in ${ROUNDS} alternating rounds of ${SECONDS / ROUNDS} s, after a ${WARM_UP_SECONDS} s warm-up`;

async function fire(contender: Contender, seconds: number) {
  const result = await autocannon({ url: contender.url, connections: CONNECTIONS, duration: seconds, headers: contender.headers });
  return result;
}

/** Measures every contender, alternating rounds; returns figures in the contenders' order. */
export async function measureAlternately(contenders: Contender[]): Promise<Load[]> {
  for (const contender of contenders) await fire(contender, WARM_UP_SECONDS);
  const rounds = contenders.map(() => [] as Awaited<ReturnType<typeof fire>>[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, contender] of contenders.entries()) rounds[index]!.push(await fire(contender, SECONDS / ROUNDS));
  }
  return rounds.map((results, index) => {
    const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
    const failures = results.reduce((sum, result) => sum + result.errors + result.timeouts + result.non2xx, 0);
    const load: Load = {
      requestsPerSecond: requests / SECONDS,
      // The worse round's p99: a tail that shows up in one round is a tail.
      p99: Math.max(...results.map((result) => result.latency.p99)),
      requests,
      failures,
    };
    console.log(
      `    ${contenders[index]!.label.padEnd(44)} ${load.requestsPerSecond.toFixed(0).padStart(6)} req/s   p99 ${load.p99.toFixed(0).padStart(4)} ms${failures ? `   ${failures} failed` : ""}`,
    );
    return load;
  });
}
