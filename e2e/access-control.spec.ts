import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { ADMIN_ONLY_MESSAGE, SESSION_ENDED_MESSAGE } from "../lib/auth/messages";
import { e2eUsers } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { changedTables, testDatabaseDigest } from "./helpers/database-digest";
import { deleteEndpointFixtures, endpointName, endpoints, routesOutsideTheTable, type Endpoint, type PreparedCall } from "./helpers/endpoints";
import { builtServerActions, callServerAction, declaredRouteHandlers, declaredServerActions, type BuiltServerAction } from "./helpers/server-actions";
import { craftSessionToken, garbageToken, savedSession, signedInThrowaway, theServersSecret, withSessionCookie } from "./helpers/sessions";
import { storedUser } from "./helpers/throwaway-users";

// Access control, exhaustively: every server action and every editors' route (found from the code
// and the build, so a new one cannot be forgotten) called by everyone who might call it. Each gets
// exactly the expected answer, and a refusal changes nothing in the database.

type Identity = "anonymous" | "garbage cookie" | "forged cookie" | "expired cookie" | "disabled user" | "stale session" | "editor" | "admin";
const identities: Identity[] = ["anonymous", "garbage cookie", "forged cookie", "expired cookie", "disabled user", "stale session", "editor", "admin"];
type Expected = "accepted" | "unauthorized" | "forbidden";

function expectedFor(identity: Identity, endpoint: Endpoint): Expected {
  if (identity === "admin") return "accepted";
  if (identity === "editor") return endpoint.adminOnly ? "forbidden" : "accepted";
  return "unauthorized";
}

const contexts = new Map<Identity, APIRequestContext>();
let origin: string;
let actionsById: Map<string, BuiltServerAction>;

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  origin = new URL(baseURL).origin;
  const [admin] = await queryTestDatabase<{ id: number; sessionVersion: number }>(`SELECT id, "sessionVersion" FROM "User" WHERE email = $1`, [
    e2eUsers.admin.email,
  ]);
  contexts.set("anonymous", await playwright.request.newContext({ baseURL }));
  contexts.set("garbage cookie", await withSessionCookie(playwright, baseURL, garbageToken()));
  // The admin's own claims, encrypted with a secret the server does not have.
  contexts.set(
    "forged cookie",
    await withSessionCookie(
      playwright,
      baseURL,
      await craftSessionToken(
        { userId: admin!.id, sessionVersion: admin!.sessionVersion },
        { secret: randomBytes(32).toString("base64url"), maxAgeSeconds: 3600 },
      ),
    ),
  );
  // The admin's claims with the server's real secret, but expired an hour ago.
  contexts.set(
    "expired cookie",
    await withSessionCookie(
      playwright,
      baseURL,
      await craftSessionToken({ userId: admin!.id, sessionVersion: admin!.sessionVersion }, { secret: theServersSecret(), maxAgeSeconds: -3600 }),
    ),
  );
  // Admins who signed in, then were disabled (session version untouched) or had their sessions ended.
  const disabled = await signedInThrowaway(playwright, baseURL, "ADMIN");
  await queryTestDatabase(`UPDATE "User" SET "isDisabled" = true WHERE id = $1`, [disabled.user.id]);
  contexts.set("disabled user", disabled.request);
  const stale = await signedInThrowaway(playwright, baseURL, "ADMIN");
  await queryTestDatabase(`UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [stale.user.id]);
  contexts.set("stale session", stale.request);
  contexts.set("editor", await savedSession(playwright, baseURL, "editor"));
  contexts.set("admin", await savedSession(playwright, baseURL, "admin"));
  actionsById = new Map(builtServerActions().map((action) => [`${action.file}#${action.exportName}`, action]));
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
  await deleteEndpointFixtures();
});

type Answer = { status: number; ok: boolean; reason?: string; message?: string; raw: string };

async function call(identity: Identity, endpoint: Endpoint, prepared: PreparedCall, headers: Record<string, string> = {}): Promise<Answer> {
  const request = contexts.get(identity)!;
  if (endpoint.kind === "action") {
    const action = actionsById.get(`${endpoint.file}#${endpoint.exportName}`);
    if (!action) throw new Error(`${endpointName(endpoint)} is not in the build's server-reference manifest`);
    // As a browser sends it: with its Origin.
    const response = await callServerAction(request, action, [prepared.input], { headers: { origin, ...headers } });
    const result = response.result as { ok?: boolean; reason?: string; message?: string } | undefined;
    return { status: response.status, ok: result?.ok === true, reason: result?.reason, message: result?.message, raw: response.body.slice(0, 500) };
  }
  const response = await routeRequest(request, endpoint, prepared, headers);
  const text = await response.text();
  const body = (text.startsWith("{") ? JSON.parse(text) : {}) as { error?: { reason?: string; message?: string } };
  return {
    status: response.status(),
    ok: response.status() === endpoint.successStatus,
    reason: body.error?.reason,
    message: body.error?.message,
    raw: text.slice(0, 500),
  };
}

function routeRequest(
  request: APIRequestContext,
  endpoint: Extract<Endpoint, { kind: "route" }>,
  prepared: PreparedCall,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  return request.fetch(prepared.path ?? endpoint.path, {
    method: endpoint.method,
    ...(endpoint.method === "GET" ? {} : { data: prepared.input }),
    headers,
    maxRedirects: 0,
  });
}

function expectAnswer(answer: Answer, expected: Expected, endpoint: Endpoint, who: string) {
  const what = `${who} → ${endpointName(endpoint)}: ${answer.raw}`;
  if (endpoint.kind === "action") {
    expect(answer.status, what).toBe(200);
    if (expected === "accepted") expect(answer.ok, what).toBe(true);
    else
      expect({ reason: answer.reason, message: answer.message }, what).toEqual(
        expected === "unauthorized" ? { reason: "unauthorized", message: SESSION_ENDED_MESSAGE } : { reason: "forbidden", message: ADMIN_ONLY_MESSAGE },
      );
    return;
  }
  const status = { accepted: endpoint.successStatus, unauthorized: 401, forbidden: 403 }[expected];
  expect(answer.status, what).toBe(status);
  if (expected !== "accepted") expect(answer.reason, what).toBe(expected);
}

test("the table names every server action of the code and of the build, and every route handler", () => {
  const inTable = new Set(
    endpoints.filter((endpoint) => endpoint.kind === "action").map((endpoint) => `${endpoint.file}#${(endpoint as { exportName: string }).exportName}`),
  );
  const declared = declaredServerActions().map(({ file, exportName }) => `${file}#${exportName}`);
  const built = [...actionsById.keys()];
  expect(declared.length).toBeGreaterThanOrEqual(20);
  expect(
    declared.filter((action) => !inTable.has(action)),
    "server actions in the code but not in e2e/helpers/endpoints.ts",
  ).toEqual([]);
  expect(
    built.filter((action) => !inTable.has(action)),
    "server actions in the build but not in the table",
  ).toEqual([]);
  expect(
    [...inTable].filter((action) => !actionsById.has(action)),
    "actions of the table the build does not have",
  ).toEqual([]);

  const routesInTable = new Set(endpoints.flatMap((endpoint) => (endpoint.kind === "route" ? [`${endpoint.file} ${endpoint.method}`] : [])));
  const missing: string[] = [];
  for (const [file, methods] of Object.entries(declaredRouteHandlers())) {
    if (routesOutsideTheTable[file]) continue;
    for (const method of methods) {
      // Public reads are static files (e2e/public-api.spec.ts); every other handler must be in the table.
      const isPublicRead = method === "GET" && !file.startsWith("app/api/editor/");
      if (!isPublicRead && !routesInTable.has(`${file} ${method}`)) missing.push(`${file} ${method}`);
    }
  }
  expect(missing, "route handlers that change something (or read drafts) but are not in the table").toEqual([]);
});

for (const endpoint of endpoints) {
  test(`${endpointName(endpoint)}: ${endpoint.adminOnly ? "admins only" : "editors and admins"}; everyone else is refused and changes nothing`, async () => {
    for (const identity of identities) {
      const prepared = await endpoint.prepare();
      const before = await testDatabaseDigest();
      const expected = expectedFor(identity, endpoint);
      const answer = await call(identity, endpoint, prepared);
      expectAnswer(answer, expected, endpoint, identity);
      if (expected === "accepted") await prepared.verify();
      else expect(changedTables(before, await testDatabaseDigest()), `${identity} → ${endpointName(endpoint)} changed nothing`).toEqual([]);
    }
  });
}

test.describe("requests from another site", () => {
  test("a server action posted with another site's Origin is refused by Next before it runs, for every action", async () => {
    for (const endpoint of endpoints.filter((candidate) => candidate.kind === "action")) {
      for (const foreign of ["https://evil.example", "null", origin.replace("127.0.0.1", "localhost")]) {
        const prepared = await endpoint.prepare();
        const before = await testDatabaseDigest();
        const answer = await call("admin", endpoint, prepared, { origin: foreign });
        // Next answers its own CSRF refusal with a 500 and an opaque digest; the action never ran.
        expect(answer.ok, `${foreign} → ${endpointName(endpoint)}`).toBe(false);
        expect(answer.status).toBe(500);
        expect(answer.raw).not.toMatch(/at \w+ \(|\.ts:\d+/);
        expect(changedTables(before, await testDatabaseDigest()), `${foreign} → ${endpointName(endpoint)} changed nothing`).toEqual([]);
      }
    }
  });

  test("the JSON API refuses other origins, cross-site fetches, form posts and plain text, and grants no CORS", async () => {
    for (const endpoint of endpoints.filter((candidate) => candidate.kind === "route" && candidate.method !== "GET")) {
      if (endpoint.kind !== "route") continue;
      const refusals: Array<{ headers: Record<string, string>; status: number; form?: boolean }> = [
        { headers: { origin: "https://evil.example" }, status: 403 },
        { headers: { origin: "null" }, status: 403 },
        { headers: { "sec-fetch-site": "cross-site" }, status: 403 },
        { headers: { "sec-fetch-site": "same-site" }, status: 403 },
        // What a form or a "simple" fetch on another site can send without a CORS preflight.
        { headers: { "content-type": "text/plain" }, status: 400 },
        { headers: {}, status: 400, form: true },
      ];
      for (const refusal of refusals) {
        const prepared = await endpoint.prepare();
        const before = await testDatabaseDigest();
        const request = contexts.get("admin")!;
        const path = prepared.path ?? endpoint.path;
        const response = refusal.form
          ? await request.fetch(path, { method: endpoint.method, form: { version: "1", ids: "1" } })
          : await request.fetch(path, {
              method: endpoint.method,
              headers: refusal.headers,
              data: refusal.headers["content-type"] ? JSON.stringify(prepared.input) : prepared.input,
            });
        expect(response.status(), `${JSON.stringify(refusal)} → ${endpointName(endpoint)}`).toBe(refusal.status);
        expect((await response.json()).error.message).toEqual(expect.any(String));
        expect(changedTables(before, await testDatabaseDigest())).toEqual([]);
      }
      const preflight = await contexts.get("admin")!.fetch(endpoint.path.replace(":id", "1"), {
        method: "OPTIONS",
        headers: { origin: "https://evil.example", "access-control-request-method": endpoint.method, "access-control-request-headers": "content-type" },
      });
      expect(preflight.headers()["access-control-allow-origin"], `preflight of ${endpointName(endpoint)}`).toBeUndefined();
    }
  });
});

test.describe("reaching another record by changing an id", () => {
  const cityRow = async (id: number) =>
    (
      await queryTestDatabase<{ summary: string; version: number; deletedAt: Date | null; rank: number | null }>(
        `SELECT summary, version, "deletedAt", rank FROM "City" WHERE id = $1`,
        [id],
      )
    )[0];

  test("the id in the address wins over an id in the body: only the addressed city changes", async () => {
    const patch = endpoints.find((endpoint) => endpoint.kind === "route" && endpoint.method === "PATCH" && endpoint.path === "/api/editor/cities/:id")!;
    const addressed = await patch.prepare();
    const other = await patch.prepare();
    const otherId = Number(other.path!.split("/").pop());
    const otherBefore = await cityRow(otherId);
    const response = await contexts.get("editor")!.patch(addressed.path!, { data: { ...(addressed.input as object), id: otherId } });
    expect(response.status()).toBe(200);
    await addressed.verify();
    expect(await cityRow(otherId)).toEqual(otherBefore);
  });

  test("a published city cannot be deleted for good by giving its id to the delete-from-trash action", async () => {
    const action = actionsById.get("app/admin/cities/actions.ts#deleteCityForeverAction")!;
    const [first] = await queryTestDatabase<{ id: number }>(`SELECT id FROM "City" WHERE rank = 1`);
    const before = await testDatabaseDigest();
    const response = await callServerAction(contexts.get("admin")!, action, [{ id: first!.id }], { headers: { origin } });
    expect(response.result).toMatchObject({ ok: false, reason: "not-found" });
    expect(changedTables(before, await testDatabaseDigest())).toEqual([]);
  });

  test("a published city cannot be 'restored' (moved) through the restore action, nor an FAQ entry deleted through its trash path", async () => {
    const restore = actionsById.get("app/admin/cities/actions.ts#restoreCityAction")!;
    const deleteFaq = actionsById.get("app/admin/faq/actions.ts#deleteFaqEntryForeverAction")!;
    const [city] = await queryTestDatabase<{ id: number }>(`SELECT id FROM "City" WHERE rank = 2`);
    const [entry] = await queryTestDatabase<{ id: number }>(`SELECT id FROM "FaqEntry" WHERE position = 1`);
    const before = await testDatabaseDigest();
    expect((await callServerAction(contexts.get("editor")!, restore, [{ id: city!.id }], { headers: { origin } })).result).toMatchObject({
      ok: false,
      reason: "not-found",
    });
    expect((await callServerAction(contexts.get("editor")!, deleteFaq, [{ id: entry!.id }], { headers: { origin } })).result).toMatchObject({
      ok: false,
      reason: "not-found",
    });
    expect(changedTables(before, await testDatabaseDigest())).toEqual([]);
  });

  test("another record's version does not unlock a record: the change is refused as stale", async () => {
    const patch = endpoints.find((endpoint) => endpoint.kind === "route" && endpoint.method === "PATCH" && endpoint.path === "/api/editor/cities/:id")!;
    const target = await patch.prepare();
    const targetId = Number(target.path!.split("/").pop());
    await queryTestDatabase(`UPDATE "City" SET version = 5 WHERE id = $1`, [targetId]);
    const before = await testDatabaseDigest();
    const response = await contexts.get("editor")!.patch(target.path!, { data: { version: 1, summary: "Guessing versions." } });
    expect(response.status()).toBe(409);
    expect(changedTables(before, await testDatabaseDigest())).toEqual([]);
  });

  test("an editor cannot reach an admin's account by its id, nor an admin disable their own", async () => {
    const admin = (await storedUser(e2eUsers.admin.email))!;
    const before = await testDatabaseDigest();
    for (const [name, input] of [
      ["resetUserPasswordAction", { userId: admin.id, passwordChoice: "generate", password: "" }],
      ["changeUserRoleAction", { userId: admin.id, role: "EDITOR" }],
      ["setUserDisabledAction", { userId: admin.id, isDisabled: true }],
    ] as const) {
      const response = await callServerAction(contexts.get("editor")!, actionsById.get(`app/admin/users/actions.ts#${name}`)!, [input], {
        headers: { origin },
      });
      expect(response.result, name).toMatchObject({ ok: false, reason: "forbidden" });
    }
    const ownDisable = await callServerAction(
      contexts.get("admin")!,
      actionsById.get("app/admin/users/actions.ts#setUserDisabledAction")!,
      [{ userId: admin.id, isDisabled: true }],
      { headers: { origin } },
    );
    expect(ownDisable.result).toMatchObject({ ok: false, reason: "conflict" });
    expect(changedTables(before, await testDatabaseDigest())).toEqual([]);
    expect(await storedUser(e2eUsers.admin.email)).toEqual(admin);
  });

  test("a draft cannot be read through the public API or pages by its address, nor through the editors' reads without a session", async ({ request }) => {
    const [draft] = await queryTestDatabase<{ id: number; slug: string }>(`SELECT id, slug FROM "City" WHERE status = 'DRAFT' AND "deletedAt" IS NULL LIMIT 1`);
    expect((await request.get(`/api/cities/${draft!.slug}`)).status()).toBe(404);
    expect((await request.get(`/cities/${draft!.slug}`)).status()).toBe(404);
    expect((await contexts.get("anonymous")!.get("/api/editor/cities")).status()).toBe(401);
    expect((await contexts.get("anonymous")!.get(`/admin/cities/${draft!.id}`, { maxRedirects: 0 })).status()).toBe(307);
  });
});
