import { expect, test } from "@playwright/test";
import { signedInAs } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { startNginx, type Nginx } from "./helpers/nginx";

// The production set-up of docs/deploy.md: deploy/nginx.conf (a 1-second micro-cache) in front of
// the app. nginx runs in the foreground as this spec's child, with the real configuration
// instantiated with its own port and a temporary cache folder (e2e/helpers/nginx.ts), in front of
// the build under test (Playwright's server, so an edit made here is an edit of that server).

let nginx: Nginx;

test.beforeAll(async ({ baseURL }) => {
  nginx = await startNginx({ upstreamPort: Number(new URL(baseURL!).port) });
});

test.afterAll(async () => {
  await nginx?.stop();
});

/** A cached page's second view within its second of validity is a cache HIT; the machine may be slow, so a few tries. */
async function expectCacheHit(address: string) {
  await expect
    .poll(async () => (await fetch(`${nginx.origin}${address}`)).headers.get("x-cache-status"), {
      message: `${address} is served from nginx's cache`,
      timeout: 5_000,
      intervals: [0],
    })
    .toBe("HIT");
}

test("public pages, the sitemap and the JSON API are served through the proxy and cached by it", async () => {
  const home = await fetch(`${nginx.origin}/`);
  expect(home.status).toBe(200);
  expect(await home.text()).toMatch(/<h1[^>]*>Top \d+ Smart Cities in Asia/);
  for (const address of ["/", "/sitemap.xml", "/api/cities"]) await expectCacheHit(address);
  expect(nginx.output(), "nginx logs no error").not.toMatch(/\[(error|crit|alert|emerg)\]/);
});

test("the proxy compresses what it serves", async () => {
  const response = await fetch(`${nginx.origin}/`, { headers: { "accept-encoding": "gzip" } });
  expect(response.headers.get("content-encoding")).toBe("gzip");
  expect(response.headers.get("vary")).toContain("Accept-Encoding");
});

test.describe("signed in as an editor", () => {
  test.use(signedInAs.editor);

  test("an editor's change is visible through the proxy within about a second", async ({ request }) => {
    const [city] = await queryTestDatabase<{ id: number; slug: string; summary: string; version: number }>(
      `SELECT id, slug, summary, version FROM "City" WHERE rank = (SELECT max(rank) FROM "City")`,
    );
    const address = `/cities/${city!.slug}`;
    await expectCacheHit(address); // the proxy holds the old page
    const marker = `Changed behind the proxy ${Date.now()}.`;
    const edit = await request.patch(`/api/editor/cities/${city!.id}`, { data: { version: city!.version, summary: marker } });
    expect(edit.status()).toBe(200);
    const editedAt = Date.now();
    try {
      // The bound of the wait: 1 s of micro-cache validity, then one render of the page by the app,
      // given 3 s because CI machines are shared (the figure itself is measured by `npm run bench`).
      await expect
        .poll(async () => (await (await fetch(`${nginx.origin}${address}`)).text()).includes(marker), {
          message: "the change is visible through the proxy",
          timeout: 4_000,
          intervals: [25],
        })
        .toBe(true);
      test.info().annotations.push({ type: "visible through the proxy after", description: `${Date.now() - editedAt} ms` });
    } finally {
      const { version } = (await edit.json()) as { version: number };
      expect((await request.patch(`/api/editor/cities/${city!.id}`, { data: { version, summary: city!.summary } })).status()).toBe(200);
    }
  });

  test("the dashboard, and public pages seen with a session, are never served from or kept in the proxy's cache", async ({ request }) => {
    const storage = await request.storageState();
    const cookie = storage.cookies.map((entry) => `${entry.name}=${entry.value}`).join("; ");
    for (let view = 0; view < 3; view++) {
      const dashboard = await fetch(`${nginx.origin}/admin/cities`, { headers: { cookie }, redirect: "manual" });
      expect(dashboard.status).toBe(200);
      expect(await dashboard.text()).toContain("Sign out");
      expect(dashboard.headers.get("x-cache-status"), "the dashboard never goes through the cache").toBeNull();
      expect(dashboard.headers.get("cache-control")).toContain("no-store");
      const page = await fetch(`${nginx.origin}/`, { headers: { cookie } });
      expect(page.headers.get("x-cache-status"), "a signed-in reader always gets the app's own answer").toBe("BYPASS");
    }
    // Without a session the dashboard sends the reader to sign in, and that is not cached either.
    for (const address of ["/admin/cities", "/login"]) {
      const anonymous = await fetch(`${nginx.origin}${address}`, { redirect: "manual" });
      expect(anonymous.headers.get("x-cache-status"), address).toBeNull();
    }
  });
});

test("the proxy keeps the app's own scheduled-publishing call, and an editor's preview, out of reach of its cache", async ({ baseURL }) => {
  // Reachable on the app itself (with the instances' key), never through the proxy.
  const internal = await fetch(`${nginx.origin}/api/internal/publish-due`, { method: "POST" });
  expect(internal.status).toBe(404);
  expect(await internal.text(), "nginx's own 404 page: the request never reached the app").toContain("<center>nginx</center>");
  expect((await fetch(`${baseURL}/api/internal/publish-due`, { method: "POST" })).status).toBe(404);

  // A request carrying draft mode's cookie is passed to the app, never answered from the cache.
  await fetch(`${nginx.origin}/`);
  const preview = await fetch(`${nginx.origin}/`, { headers: { cookie: "__prerender_bypass=anything" } });
  expect(preview.headers.get("x-cache-status")).toBe("BYPASS");
});
