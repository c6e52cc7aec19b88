import { benchEditor, createBenchDatabase } from "./bench-database";
import { cityAtRank, renameCity, signIn, type EditorSession } from "./editor-session";
import { copyBuild } from "./next-app";
import { DIST_DIR, ensureOurBuild, startOurs } from "./our-build";
import { atMost, kb, ms, newSection, type Section } from "./report";

// Goals 4 and 5: the public `/` and the dashboard's /admin/cities at 10,000 cities. The build
// prerendered the article's 15 cities; an edit through the editor API then makes Next render the
// public site again from the 10,000, as after any publish in production.

const CITIES = 10_000;
const ARTICLE_CITIES = 15;
const DASHBOARD_VIEWS = 5;
const GIVE_UP_MS = 120_000;

async function timedGet(url: string, cookie?: string) {
  const started = performance.now();
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await response.text();
  return { response, body, bytes: Buffer.byteLength(body), ms: performance.now() - started };
}

export async function measureScale(): Promise<Section> {
  const section = newSection("scale", `4–5. At ${CITIES.toLocaleString("en")} cities: the public ranking and the dashboard`);
  await ensureOurBuild();
  console.log(`  filling a database with ${CITIES.toLocaleString("en")} published cities…`);
  const databaseUrl = await createBenchDatabase("scale", CITIES - ARTICLE_CITIES);
  const app = await startOurs(databaseUrl, copyBuild(DIST_DIR, `${DIST_DIR}-scale`));
  const session = await signIn(app.origin, benchEditor);

  await measurePublicRanking(section, session, databaseUrl);
  await measureDashboard(section, session);
  const api = await timedGet(`${app.origin}/api/cities`);
  section.figures.push({ what: "GET /api/cities (first page)", value: `${kb(api.bytes)}, ${ms(api.ms)}`, baseline: "", goal: "paginated", verdict: "info" });
  return section;
}

async function measurePublicRanking(section: Section, session: EditorSession, databaseUrl: string) {
  const city = await cityAtRank(databaseUrl, 1);
  const name = `${city.name} (at scale)`;
  const edited = performance.now();
  await renameCity(session, city, name);
  let first: Awaited<ReturnType<typeof timedGet>>;
  for (;;) {
    first = await timedGet(`${session.origin}/`);
    if (first.body.includes(name)) break;
    if (performance.now() - edited > GIVE_UP_MS) throw new Error(`/ did not show an edit within ${ms(GIVE_UP_MS)} at ${CITIES} cities`);
  }
  const sinceEdit = performance.now() - edited;
  const second = await timedGet(`${session.origin}/`);
  const cache = second.response.headers.get("x-nextjs-cache") ?? "(no header)";
  section.figures.push(atMost({ what: "`/` HTML", value: kb(second.bytes), baseline: "" }, second.bytes, 300 * 1024, kb, true), {
    what: "`/` second request after a change: `x-nextjs-cache`",
    value: `${cache} (${ms(second.ms)})`,
    baseline: `first request showing the change: ${first.response.headers.get("x-nextjs-cache") ?? "(no header)"}, ${ms(first.ms)}; ${ms(sinceEdit)} after the edit`,
    goal: "HIT",
    verdict: cache === "HIT" ? "pass" : "miss",
  });
}

async function measureDashboard(section: Section, session: EditorSession) {
  const url = `${session.origin}/admin/cities`;
  const warm = await timedGet(url, session.cookie);
  if (warm.response.status !== 200)
    throw new Error(`GET /admin/cities as an editor answered ${warm.response.status} ${warm.response.headers.get("location") ?? ""}`);
  const times: number[] = [];
  let bytes = warm.bytes;
  for (let view = 0; view < DASHBOARD_VIEWS; view++) {
    const answer = await timedGet(url, session.cookie);
    times.push(answer.ms);
    bytes = answer.bytes;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  section.figures.push(
    atMost({ what: "/admin/cities HTML, signed in as an editor", value: kb(bytes), baseline: "" }, bytes, 300 * 1024, kb, true),
    atMost(
      {
        what: `/admin/cities time, median of ${DASHBOARD_VIEWS} after one warm-up`,
        value: ms(median),
        baseline: `fastest ${ms(times[0]!)}, slowest ${ms(times.at(-1)!)}`,
      },
      median,
      300,
      ms,
      true,
    ),
  );
}
