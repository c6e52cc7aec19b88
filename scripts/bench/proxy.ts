import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nginxBinary, startNginx } from "../../e2e/helpers/nginx";
import { benchEditor, createBenchDatabase } from "./bench-database";
import { deferCleanup, spawnChild } from "./cleanup";
import { cityAtRank, renameCity, signIn } from "./editor-session";
import { loadPlan, measureAlternately } from "./load";
import { copyBuild, freePort } from "./next-app";
import { DIST_DIR, ensureOurBuild, startOurs } from "./our-build";
import { atLeast, atMost, kb, ms, newSection, ratio, type Section } from "./report";

// Goal 2: `/` through the production proxy (deploy/nginx.conf, started by e2e/helpers/nginx.ts)
// against a bare Node server sending the same bytes, and how soon an edit shows through the proxy.

const EDITS = 5;
const GIVE_UP_MS = 15_000;

export async function measureProxy(): Promise<Section> {
  const section = newSection("proxy", "2. Behind the proxy: nginx's micro-cache in front of `next start`");
  if (!nginxBinary()) {
    const reason = "nginx is not installed (Debian: `apt-get install nginx`), or set NGINX_PATH";
    console.log(`  SKIPPED: ${reason}.`);
    section.figures.push({
      what: "`/` through nginx",
      value: "not measured",
      baseline: "",
      goal: "≥ 0.5× a bare Node server",
      verdict: "skipped",
      margin: reason,
    });
    return section;
  }
  await ensureOurBuild();
  const databaseUrl = await createBenchDatabase("proxy");
  // A copy: the edits below make Next rewrite its cached pages, which must not reach the build.
  const app = await startOurs(databaseUrl, copyBuild(DIST_DIR, `${DIST_DIR}-proxy`));
  const nginx = await startNginx({ listenPort: await freePort(), upstreamPort: app.port });
  deferCleanup(nginx.stop);

  const first = await fetch(`${nginx.origin}/`);
  const html = Buffer.from(await first.arrayBuffer());
  if (!first.ok) throw new Error(`GET / through nginx answered ${first.status}`);
  const bare = await startBareServer(html);

  console.log(`  load: ${loadPlan}`);
  const [proxied, raw] = await measureAlternately([
    { label: "/ through nginx", url: `${nginx.origin}/` },
    { label: `bare Node server, same ${kb(html.length)}`, url: `${bare}/` },
  ]);
  section.figures.push(
    atLeast(
      {
        what: "`/` through nginx: req/s ÷ bare Node server's",
        value: `${ratio(proxied!.requestsPerSecond / raw!.requestsPerSecond)}: ${proxied!.requestsPerSecond.toFixed(0)} req/s, p99 ${proxied!.p99.toFixed(0)} ms`,
        baseline: `${raw!.requestsPerSecond.toFixed(0)} req/s, p99 ${raw!.p99.toFixed(0)} ms (same ${kb(html.length)})`,
      },
      proxied!.requestsPerSecond / raw!.requestsPerSecond,
      0.5,
      ratio,
    ),
  );
  const cacheHeaders = ["x-cache-status", "x-cache", "cache-control", "x-nextjs-cache"]
    .map((name) => [name, first.headers.get(name)])
    .filter(([, value]) => value);
  section.notes.push(`Headers of \`/\` through nginx: ${cacheHeaders.map(([name, value]) => `\`${name}: ${value}\``).join(", ") || "none about caching"}.`);
  if (proxied!.failures + raw!.failures > 0) section.notes.push(`Failed requests: ${proxied!.failures} through nginx, ${raw!.failures} bare.`);

  const { delays, patchTimes } = await editsUntilVisible(nginx.origin, databaseUrl);
  const worst = Math.max(...delays);
  const sorted = [...delays].sort((a, b) => a - b);
  section.figures.push(
    atMost(
      {
        what: `an edit (PATCH /api/editor/cities/:id through nginx) until \`/\` through nginx shows it, worst of ${EDITS}`,
        value: `${ms(worst)} (median ${ms(sorted[Math.floor(sorted.length / 2)]!)}; all: ${delays.map(ms).join(", ")})`,
        baseline: `the PATCH alone: ${patchTimes.map(ms).join(", ")}`,
      },
      worst,
      1_000,
      ms,
    ),
  );
  return section;
}

/** Renames the first city EDITS times and times each until a reader through the proxy sees the new name. */
async function editsUntilVisible(origin: string, databaseUrl: string): Promise<{ delays: number[]; patchTimes: number[] }> {
  const session = await signIn(origin, benchEditor);
  const delays: number[] = [];
  const patchTimes: number[] = [];
  for (let edit = 1; edit <= EDITS; edit++) {
    const city = await cityAtRank(databaseUrl, 1);
    const name = `${city.name.replace(/ \(edit \d+\)$/, "")} (edit ${edit})`;
    const started = performance.now();
    await renameCity(session, city, name);
    patchTimes.push(performance.now() - started);
    for (;;) {
      const body = await (await fetch(`${origin}/`)).text();
      const elapsed = performance.now() - started;
      if (body.includes(name)) {
        delays.push(elapsed);
        break;
      }
      if (elapsed > GIVE_UP_MS) {
        delays.push(Number.POSITIVE_INFINITY);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    console.log(`    edit ${edit}: visible through nginx after ${ms(delays.at(-1)!)} (the PATCH itself took ${ms(patchTimes.at(-1)!)})`);
  }
  return { delays, patchTimes };
}

/** A plain node:http server in its own process that answers every request with `body`: the proxy's baseline. */
async function startBareServer(body: Buffer): Promise<string> {
  const folder = mkdtempSync(path.join(os.tmpdir(), "bench-bare-"));
  deferCleanup(() => rmSync(folder, { recursive: true, force: true }));
  const file = path.join(folder, "page.html");
  writeFileSync(file, body);
  const port = await freePort();
  const script = `const body = require("node:fs").readFileSync(${JSON.stringify(file)});
require("node:http").createServer((request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
  response.end(body);
}).listen(${port}, "127.0.0.1", () => console.log("listening"));`;
  const server = spawnChild(process.execPath, ["-e", script]);
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (
      (await fetch(origin).then(
        (response) => response.arrayBuffer(),
        () => null,
      )) !== null
    )
      return origin;
    if (attempt > 100 || server.child.exitCode !== null) throw new Error(`the bare server did not start:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
