import { rmSync } from "node:fs";
import path from "node:path";
import { compareProfiles, summarizeProfiles } from "./cpu-profile";
import { createBenchDatabase } from "./bench-database";
import { createCalibrationApp, DIST_DIR as CALIBRATION_DIST_DIR, EMPTY_PATH } from "./calibration-app";
import { loadPlan, measureAlternately, type Load } from "./load";
import { startNext, root } from "./next-app";
import { DIST_DIR, ensureOurBuild, startOurs } from "./our-build";
import { weighPage } from "./page-weight";
import { atLeast, atMost, kb, newSection, ratio, type Section } from "./report";

// Goal 1 (and the first-load JS of goal 7): `/`, a city page and GET /api/cities against static
// pages of the same Next version padded to the same size, served beside ours.

const SHELL_BYTES = 5_000;

async function fetchText(url: string): Promise<{ body: string; cache: string | null }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return { body: await response.text(), cache: response.headers.get("x-nextjs-cache") };
}

export async function measureReading(): Promise<Section> {
  const section = newSection("reading", "1. Reading: our pages against a static page of the same size (15 cities)");
  await ensureOurBuild();
  const databaseUrl = await createBenchDatabase("reading");
  const ours = await startOurs(databaseUrl);
  const home = await fetchText(`${ours.origin}/`);
  const citySlug = /href="\/cities\/([^"/?#]+)"/.exec(home.body)?.[1];
  if (!citySlug) throw new Error("no link to a city page on /");
  const targets = [
    { name: "home", label: "/", url: `${ours.origin}/` },
    { name: "city", label: `/cities/${citySlug}`, url: `${ours.origin}/cities/${citySlug}` },
    { name: "api", label: "GET /api/cities", url: `${ours.origin}/api/cities` },
  ];
  const sizes = Object.fromEntries(
    await Promise.all(targets.map(async (target) => [target.name, Buffer.byteLength((await fetchText(target.url)).body)] as const)),
  );

  console.log("  building the calibration app (static pages padded to our sizes)…");
  const calibration = createCalibrationApp();
  let textBytes = Object.fromEntries(targets.map((target) => [target.name, Math.max(0, (sizes[target.name]! - SHELL_BYTES) / 2.1)]));
  let baseline = await buildAndMeasureCalibration(calibration, textBytes);
  // Short of a size: scale the text by what the first build showed and build once more.
  if (targets.some((target) => baseline.sizes[target.name]! < sizes[target.name]!)) {
    console.log("  a calibration page came out smaller than ours: building it again with more text…");
    await baseline.app.stop();
    textBytes = Object.fromEntries(
      targets.map((target) => [target.name, textBytes[target.name]! * (sizes[target.name]! / baseline.sizes[target.name]!) * 1.02]),
    );
    baseline = await buildAndMeasureCalibration(calibration, textBytes);
  }

  console.log(`  load: ${loadPlan}`);
  const contenders = targets.flatMap((target) => [
    { label: `ours ${target.label}`, url: target.url },
    { label: `static page padded to ${kb(baseline.sizes[target.name]!)}`, url: `${baseline.app.origin}/padded/${target.name}` },
  ]);
  contenders.push({ label: "empty page (reference)", url: `${baseline.app.origin}${EMPTY_PATH}` });
  const loads = await measureAlternately(contenders);
  const empty = loads.at(-1)!;

  for (const [index, target] of targets.entries()) {
    const mine = loads[index * 2]!;
    const theirs = loads[index * 2 + 1]!;
    const baselineText = `${describe(theirs)} (static, ${kb(baseline.sizes[target.name]!)})`;
    section.figures.push(
      atLeast(
        {
          what: `${target.label} (${kb(sizes[target.name]!)}): req/s ÷ static page's`,
          value: `${ratio(mine.requestsPerSecond / theirs.requestsPerSecond)}: ${describe(mine)}`,
          baseline: baselineText,
        },
        mine.requestsPerSecond / theirs.requestsPerSecond,
        0.9,
        ratio,
      ),
      atMost(
        { what: `${target.label}: p99 ÷ static page's`, value: ratio(mine.p99 / theirs.p99), baseline: `p99 ${theirs.p99.toFixed(0)} ms` },
        mine.p99 / theirs.p99,
        1.2,
        ratio,
      ),
    );
    if (mine.failures + theirs.failures > 0) section.notes.push(`${target.label}: ${mine.failures} failed requests (ours), ${theirs.failures} (static page).`);
  }
  if (process.env.BENCH_CPU_PROFILE_DIR)
    section.notes.push(...(await profileHome(process.env.BENCH_CPU_PROFILE_DIR, databaseUrl, calibration.folder, targets[0]!.url.replace(ours.origin, ""))));
  section.notes.push(`For reference, the calibration app's empty page (${kb(baseline.emptyHtmlBytes)}): ${describe(empty)}.`);
  section.notes.push(
    `\`/\` answered with \`x-nextjs-cache: ${home.cache ?? "(none)"}\`. Load: ${loadPlan}; the seven contenders ran in turn, round after round.`,
  );

  const ourWeight = weighPage(home.body, path.join(root, DIST_DIR));
  const emptyWeight = weighPage(baseline.emptyHtml, path.join(calibration.folder, CALIBRATION_DIST_DIR));
  section.figures.push(
    atMost({ what: "`/` HTML at 15 cities", value: kb(ourWeight.htmlBytes), baseline: "" }, ourWeight.htmlBytes, 50 * 1024, kb),
    {
      what: "of which inline script",
      value: `${kb(ourWeight.inlineScriptBytes)} (RSC payload ${kb(ourWeight.rscPayloadBytes)}, JSON-LD ${kb(ourWeight.jsonLdBytes)})`,
      baseline: `visible HTML ${kb(ourWeight.htmlBytes - ourWeight.inlineScriptBytes)}`,
      goal: "",
      verdict: "info",
    },
    atMost(
      {
        what: "first-load JS of `/`, gzip, over the empty page's",
        value: `+${kb(ourWeight.firstLoadJsGzipBytes - emptyWeight.firstLoadJsGzipBytes)} (${kb(ourWeight.firstLoadJsGzipBytes)} in ${ourWeight.scriptFiles} files)`,
        baseline: `${kb(emptyWeight.firstLoadJsGzipBytes)} in ${emptyWeight.scriptFiles} files`,
      },
      ourWeight.firstLoadJsGzipBytes - emptyWeight.firstLoadJsGzipBytes,
      10 * 1024,
      (n) => `+${kb(n)}`,
    ),
  );
  return section;
}

/**
 * BENCH_CPU_PROFILE_DIR=/tmp/prof: a second pair of servers, ours and the calibration app, run
 * under `node --cpu-prof` and loaded in turn on `/` and its same-size static page; the profiles'
 * self time per request, side by side, goes to the report's notes (and the profiles stay in the folder).
 */
async function profileHome(folder: string, databaseUrl: string, calibrationFolder: string, homePath: string): Promise<string[]> {
  // Node refuses --cpu-prof in NODE_OPTIONS: it goes on the server's own command line.
  const profiling = (name: string) => ["--cpu-prof", `--cpu-prof-dir=${path.join(folder, name)}`];
  rmSync(folder, { recursive: true, force: true });
  const ours = await startOurs(databaseUrl, DIST_DIR, {}, profiling("ours"));
  const theirs = await startNext(calibrationFolder, { NEXT_DIST_DIR: CALIBRATION_DIST_DIR }, "/", profiling("static"));
  console.log(`  profiling: ${ours.origin}${homePath} and the static page under node --cpu-prof (${folder})…`);
  const [mine, static_] = await measureAlternately([
    { label: "ours / (profiled)", url: `${ours.origin}${homePath}` },
    { label: "static page (profiled)", url: `${theirs.origin}/padded/home` },
  ]);
  // SIGTERM: Next exits, and Node writes each process's profile on the way out.
  await Promise.all([ours.stop(), theirs.stop()]);
  const table = compareProfiles(
    { label: `ours / (${mine!.requests} requests)`, summary: summarizeProfiles(path.join(folder, "ours")), requests: mine!.requests },
    { label: `static page (${static_!.requests} requests)`, summary: summarizeProfiles(path.join(folder, "static")), requests: static_!.requests },
  );
  for (const line of table) console.log(`    ${line}`);
  return [`CPU profile of \`/\` and its static page, self time per request (BENCH_CPU_PROFILE_DIR):\n\n${table.map((line) => `  ${line}`).join("\n")}\n`];
}

function describe(load: Load): string {
  return `${load.requestsPerSecond.toFixed(0)} req/s, p99 ${load.p99.toFixed(0)} ms`;
}

async function buildAndMeasureCalibration(calibration: ReturnType<typeof createCalibrationApp>, textBytes: Record<string, number>) {
  await calibration.build(Object.fromEntries(Object.entries(textBytes).map(([name, bytes]) => [name, Math.round(bytes)])));
  const app = await startNext(calibration.folder, { NEXT_DIST_DIR: CALIBRATION_DIST_DIR });
  const sizes: Record<string, number> = {};
  for (const name of Object.keys(textBytes)) sizes[name] = Buffer.byteLength((await fetchText(`${app.origin}/padded/${name}`)).body);
  const emptyHtml = (await fetchText(`${app.origin}${EMPTY_PATH}`)).body;
  return { app, sizes, emptyHtml, emptyHtmlBytes: Buffer.byteLength(emptyHtml) };
}
