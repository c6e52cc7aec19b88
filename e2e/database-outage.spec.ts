import { expect, test } from "@playwright/test";
import { DATABASE_UNREACHABLE_MESSAGE, SIGN_IN_UNAVAILABLE_MESSAGE } from "../lib/auth/messages";
import { startAppServer, type AppServer } from "./helpers/app-server";
import { e2eUsers, signedInAs } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { DatabaseForwarder } from "./helpers/database-forwarder";

// The database goes away and comes back. This spec starts a second server of the same build, whose
// DATABASE_URL points at a TCP forwarder in this process; closing the forwarder (and cutting its
// connections) is the database being unreachable, listening again is its return. Meanwhile the
// public pages keep serving the last published content from the cache, /api/health says 503, the
// dashboard says the database is unreachable (no stack trace), a save fails visibly with the form
// input kept, and everything works again without restarting the server.

const { forwarder, urlThrough } = DatabaseForwarder.for(process.env.E2E_DATABASE_URL ?? "postgresql://unset");
let server: AppServer;
let city: { id: number; version: number; summary: string; name: string };

test.beforeAll(async () => {
  await forwarder.start();
  server = await startAppServer({ DATABASE_URL: urlThrough() });
  const [row] = await queryTestDatabase<typeof city>(
    `INSERT INTO "City" (slug, name, country, summary, profile, "focusAreas", status, "updatedAt")
     VALUES ('outage-e2e', 'Outage City', 'Testland', 'Before the outage.', 'Profile.', '{iot}', 'DRAFT', now()) RETURNING id, version, summary, name`,
  );
  city = row!;
});

test.afterAll(async () => {
  await server?.stop();
  await forwarder.stop();
  await queryTestDatabase(`DELETE FROM "City" WHERE slug = 'outage-e2e'`);
});

const unsafeDetails = /Prisma|P1001|ECONNREFUSED|at \w+ \(|\.tsx?:\d+|digest|Application error/;

test("without its database the site keeps serving, the dashboard says why, and all works again when it returns", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const at = (path: string) => `${server.origin}${path}`;
  const [published] = await queryTestDatabase<{ slug: string; name: string }>(`SELECT slug, name FROM "City" WHERE rank = 1`);
  const publicPaths = ["/", `/cities/${published!.slug}`, "/api/cities", "/api/faq", "/sitemap.xml"];

  // Before: the public pages as they are cached now, and an editor with the city's form open.
  const cached = new Map<string, string>();
  for (const path of publicPaths) {
    const response = await request.get(at(path));
    expect(response.status(), path).toBe(200);
    cached.set(path, await response.text());
  }
  expect((await request.get(at("/api/health"))).status()).toBe(200);
  const context = await browser.newContext({ storageState: signedInAs.editor.storageState });
  const page = await context.newPage();
  await page.goto(at(`/admin/cities/${city.id}`));
  await expect(page.getByRole("heading", { level: 1, name: city.name })).toBeVisible();
  const typed = "Typed while the database was away; must not be lost.";
  await page.getByLabel("Summary").fill(typed);

  await forwarder.stop();

  // A save fails visibly, and what the editor typed is still in the form.
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "unreachable" })).toHaveText(DATABASE_UNREACHABLE_MESSAGE);
  await expect(page.getByLabel("Summary")).toHaveValue(typed);

  // The public site serves its last published content from the cache.
  for (const path of publicPaths) {
    const response = await request.get(at(path));
    expect(response.status(), `${path} during the outage`).toBe(200);
    expect(await response.text(), `${path} during the outage`).toBe(cached.get(path));
  }
  const publicPage = await context.newPage();
  await publicPage.goto(at("/"));
  await expect(publicPage.getByTestId("ranking").getByRole("link", { name: published!.name })).toBeVisible();

  // The health check says so, for load balancers.
  const health = await request.get(at("/api/health"));
  expect(health.status()).toBe(503);
  // Only that: the driver's error (hosts, ports) goes to the server's log, not to the public.
  expect(await health.json()).toEqual({ status: "unavailable" });

  // The dashboard says what happened instead of an error page; so does the JSON API.
  for (const path of ["/admin/cities", `/admin/cities/${city.id}`, "/admin/activity"]) {
    const response = await publicPage.goto(at(path));
    await expect(publicPage.getByRole("heading", { level: 1 }), path).toHaveText("The database is unreachable");
    await expect(publicPage.getByRole("alert").filter({ hasText: "unreachable" })).toContainText(DATABASE_UNREACHABLE_MESSAGE);
    expect(await publicPage.locator("body").innerText(), path).not.toMatch(unsafeDetails);
    expect(response!.status(), path).toBeLessThan(500);
  }
  const apiWrite = await context.request.patch(at(`/api/editor/cities/${city.id}`), { data: { version: city.version, summary: "Via the API." } });
  expect(apiWrite.status()).toBe(503);
  expect((await apiWrite.json()).error.message).toBe(DATABASE_UNREACHABLE_MESSAGE);

  // Signing in says it cannot, rather than "wrong password".
  const visitor = await browser.newContext();
  const login = await visitor.newPage();
  await login.goto(at("/login"));
  await login.getByLabel("Email").fill(e2eUsers.editor.email);
  await login.getByLabel("Password").fill(e2eUsers.editor.password);
  await login.getByRole("button", { name: "Sign in" }).click();
  await expect(login.getByRole("alert").filter({ hasText: "not possible" })).toHaveText(SIGN_IN_UNAVAILABLE_MESSAGE);
  await visitor.close();

  // Nothing was saved.
  expect((await queryTestDatabase<{ summary: string }>(`SELECT summary FROM "City" WHERE id = $1`, [city.id]))[0]!.summary).toBe(city.summary);

  await forwarder.start();

  // Back without a restart: the pool reconnects, the dashboard works, the kept input saves.
  await expect.poll(async () => (await request.get(at("/api/health"))).status(), { timeout: 20_000 }).toBe(200);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect((await queryTestDatabase<{ summary: string }>(`SELECT summary FROM "City" WHERE id = $1`, [city.id]))[0]!.summary).toBe(typed);
  await publicPage.goto(at("/admin/cities"));
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText("Cities");
  expect(server.output()).not.toMatch(/Ready in[\s\S]*Ready in/);
  await context.close();
});
