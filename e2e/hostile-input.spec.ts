import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { applySpoil, isReadableMessage, spoil } from "../test/hostile-input";
import { queryTestDatabase } from "./helpers/database";
import { changedTables, testDatabaseDigest } from "./helpers/database-digest";
import {
  deleteEndpointFixtures,
  endpointName,
  endpoints,
  type ActionEndpoint,
  type Endpoint,
  type PreparedCall,
  type RouteEndpoint,
} from "./helpers/endpoints";
import { restoreCityOrder } from "./helpers/ranking";
import { builtServerActions, callServerAction, type BuiltServerAction } from "./helpers/server-actions";
import { savedSession } from "./helpers/sessions";
import { LISTING_ID } from "../lib/listing/the-listing";

// Random and hostile input at every mutating endpoint, as an admin (who passes every role check,
// so the input itself is what gets judged): wrong types, huge strings, Unicode edge cases, negative
// and enormous ranks, duplicate or missing ids, malformed JSON, wrong content types. The answer is
// a 4xx (a refused result, for server actions) with a readable message, never a 500, and a refused
// request leaves the database byte-for-byte unchanged.

const RUNS_PER_ENDPOINT = 20;

let admin: APIRequestContext;
let origin: string;
let actions: Map<string, BuiltServerAction>;
let cityOrder: number[];
let faqOrder: number[];
let pageText: Record<string, unknown>;
let accounts: unknown[];
/** The highest id of each table before this spec: records that are not this spec's own. */
let othersUpTo: { City: number; FaqEntry: number; User: number };

test.beforeAll(async ({ playwright }, testInfo) => {
  admin = await savedSession(playwright, testInfo.project.use.baseURL!, "admin");
  origin = new URL(testInfo.project.use.baseURL!).origin;
  actions = new Map(builtServerActions().map((action) => [`${action.file}#${action.exportName}`, action]));
  cityOrder = (await queryTestDatabase<{ id: number }>(`SELECT id FROM "City" WHERE rank IS NOT NULL ORDER BY rank`)).map((row) => row.id);
  faqOrder = (await queryTestDatabase<{ id: number }>(`SELECT id FROM "FaqEntry" WHERE position IS NOT NULL ORDER BY position`)).map((row) => row.id);
  pageText = (await queryTestDatabase<Record<string, unknown>>(`SELECT ${PAGE_TEXT_COLUMNS} FROM "Listing" WHERE id = $1`, [LISTING_ID]))[0]!;
  accounts = await queryTestDatabase(ACCOUNTS_QUERY);
  const [highest] = await queryTestDatabase<{ city: number; faq: number; user: number }>(
    `SELECT (SELECT max(id) FROM "City") AS city, (SELECT max(id) FROM "FaqEntry") AS faq, (SELECT max(id) FROM "User") AS "user"`,
  );
  othersUpTo = { City: highest!.city, FaqEntry: highest!.faq, User: highest!.user };
});

test.afterAll(async () => {
  // A random input may have been a valid change (a rank beyond the end is clamped, any text is a
  // valid introduction): put the lists and the page text back; the reorder refreshes the public pages.
  await queryTestDatabase(
    `UPDATE "Listing" SET (${PAGE_TEXT_COLUMNS}) = (SELECT ${PAGE_TEXT_COLUMNS} FROM json_populate_record(NULL::"Listing", $1)) WHERE id = $2`,
    [pageText, LISTING_ID],
  );
  await restoreCityOrder(admin, cityOrder);
  const [{ faqVersion }] = (await queryTestDatabase<{ faqVersion: number }>(`SELECT "faqVersion" FROM "Listing" WHERE id = $1`, [LISTING_ID])) as [
    { faqVersion: number },
  ];
  expect((await admin.put("/api/editor/faq/order", { data: { ids: faqOrder, version: faqVersion } })).status()).toBe(200);
  await admin.dispose();
  await deleteEndpointFixtures();
  expect(await queryTestDatabase(ACCOUNTS_QUERY), "the accounts other specs sign in with are untouched").toEqual(accounts);
});

const PAGE_TEXT_COLUMNS = `"titleTemplate", year, intro, "developmentHeading", development, "faqHeading", conclusion, "seoDescription"`;
const ACCOUNTS_QUERY = `SELECT id, email, role, "isDisabled", "sessionVersion", "passwordHash" FROM "User" WHERE email NOT LIKE '%@throwaway.e2e.test' ORDER BY id`;

/**
 * Keeps a random input on this spec's own records: a random id that happens to name someone
 * else's city, FAQ entry or account (1, true, "2"...) is replaced by the prepared record's id, so
 * a valid random call can never trash a published city or reset the password of an account other
 * specs sign in with. (Moves name published cities by design; the lists are put back afterwards.)
 */
function confined(endpoint: Endpoint, input: unknown, prepared: PreparedCall): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const own = prepared.input as Record<string, unknown>;
  const table = endpoint.file.includes("/users/") ? "User" : endpoint.file.includes("/faq/") ? "FaqEntry" : "City";
  const key = table === "User" ? "userId" : "id";
  const value = (input as Record<string, unknown>)[key];
  // userId is read with z.coerce (Number(value)); other ids must be numbers.
  const asId = key === "userId" ? coercedNumber(value) : typeof value === "number" ? value : Number.NaN;
  const isSomeoneElses = Number.isInteger(asId) && asId >= 1 && asId <= othersUpTo[table] && value !== own[key];
  const isMove = endpoint.kind === "action" && endpoint.exportName.startsWith("move");
  return isSomeoneElses && !isMove ? { ...input, [key]: own[key] } : input;
}

/** What z.coerce.number() makes of a value (an object without a prototype cannot be converted at all). */
function coercedNumber(value: unknown): number {
  try {
    return Number(value);
  } catch {
    return Number.NaN;
  }
}

type Refusal = { status: number; message: unknown; fieldErrors?: Record<string, unknown> };

function expectReadableRefusal(refusal: Refusal, what: string) {
  expect(refusal.status, what).toBeGreaterThanOrEqual(400);
  expect(refusal.status, what).toBeLessThan(500);
  expect(isReadableMessage(refusal.message), `${what}: message “${String(refusal.message)}”`).toBe(true);
  for (const [field, messages] of Object.entries(refusal.fieldErrors ?? {})) {
    for (const message of messages as unknown[]) expect(isReadableMessage(message), `${what}: ${field}: “${String(message)}”`).toBe(true);
  }
}

/** Sends one request, then checks: a success, or a readable 4xx that changed nothing. */
async function judged(what: string, send: () => Promise<{ accepted: boolean; refusal?: Refusal }>) {
  const before = await testDatabaseDigest();
  const outcome = await send();
  if (outcome.accepted) return;
  expectReadableRefusal(outcome.refusal!, what);
  expect(changedTables(before, await testDatabaseDigest()), `${what} was refused, so nothing may change`).toEqual([]);
}

async function sendToRoute(endpoint: RouteEndpoint, path: string, body: string, contentType: string | null) {
  const response = await admin.fetch(path, { method: endpoint.method, headers: contentType ? { "content-type": contentType } : {}, data: body });
  const text = await response.text();
  expect(response.status(), `${endpointName(endpoint)} answered ${response.status()}: ${text.slice(0, 300)}`).toBeLessThan(500);
  if (response.status() === endpoint.successStatus) return { accepted: true };
  const { error } = JSON.parse(text) as { error: { message: unknown; fieldErrors?: Record<string, unknown> } };
  return { accepted: false, refusal: { status: response.status(), message: error.message, fieldErrors: error.fieldErrors } };
}

async function sendToAction(endpoint: ActionEndpoint, args: unknown[]) {
  const action = actions.get(`${endpoint.file}#${endpoint.exportName}`)!;
  const response = await callServerAction(admin, action, args, { headers: { origin } });
  expect(response.status, `${endpointName(endpoint)}: ${response.body.slice(0, 300)}`).toBe(200);
  const result = response.result as { ok: boolean; reason?: string; message?: unknown; fieldErrors?: Record<string, unknown> };
  expect(result, `${endpointName(endpoint)} answered a result`).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
  if (result.ok) return { accepted: true };
  // A server action always answers 200 with its result; the reason is the status the JSON API would use.
  const status = { invalid: 400, unauthorized: 401, forbidden: 403, "not-found": 404, stale: 409, conflict: 409 }[result.reason!] ?? 500;
  return { accepted: false, refusal: { status, message: result.message, fieldErrors: result.fieldErrors } };
}

const mutatingRoutes = endpoints.filter((endpoint): endpoint is RouteEndpoint => endpoint.kind === "route" && endpoint.method !== "GET");
const serverActions = endpoints.filter((endpoint): endpoint is ActionEndpoint => endpoint.kind === "action");

/** Runs `check` on fresh valid inputs spoiled at random; fast-check shrinks a failure to the smallest spoil. */
function forRandomSpoils(endpoint: Endpoint, check: (spoiled: unknown, prepared: PreparedCall) => Promise<void>) {
  return fc.assert(
    fc.asyncProperty(spoil({ jsonOnly: true }), async (how) => {
      const prepared = await endpoint.prepare();
      await check(confined(endpoint, applySpoil(prepared.input as Record<string, unknown>, how), prepared), prepared);
    }),
    { numRuns: RUNS_PER_ENDPOINT },
  );
}

for (const endpoint of mutatingRoutes) {
  test(`${endpointName(endpoint)}: random and hostile JSON gets a readable 4xx and changes nothing`, async () => {
    await forRandomSpoils(endpoint, (body, prepared) =>
      judged(`${endpointName(endpoint)} with ${JSON.stringify(body)?.slice(0, 200)}`, () =>
        sendToRoute(endpoint, prepared.path ?? endpoint.path, JSON.stringify(body) ?? "", "application/json"),
      ),
    );
  });

  test(`${endpointName(endpoint)}: malformed JSON, wrong content types and a huge body get a readable 4xx`, async () => {
    const bodies: Array<[string, string | null]> = [
      ["{ not json", "application/json"],
      ['{"version": 1,', "application/json"],
      ["[1, 2", "application/json"],
      ['{"a":"\\ud800"}', "application/json; charset=utf-8"],
      ["\u0000\u0001\u0002", "application/json"],
      ["null", "application/json"],
      ["42", "application/json"],
      ['"text"', "application/json"],
      ["[]", "application/json"],
      ['{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}', "application/json"],
      [JSON.stringify({ version: 1, summary: "x".repeat(3_000_000), ids: Array.from({ length: 20_000 }, (_, index) => index) }), "application/json"],
      ["version=1&ids=1", "application/x-www-form-urlencoded"],
      ["version=1", "text/plain"],
      ["<xml/>", "application/xml"],
      ['{"version":1}', "text/json"],
      ['{"version":1}', null],
      ['--x\r\nContent-Disposition: form-data; name="version"\r\n\r\n1\r\n--x--', "multipart/form-data; boundary=x"],
    ];
    for (const [body, contentType] of bodies) {
      const prepared = await endpoint.prepare();
      await judged(`${endpointName(endpoint)} with ${contentType}: ${body.slice(0, 60)}`, () =>
        sendToRoute(endpoint, prepared.path ?? endpoint.path, body, contentType),
      );
    }
  });
}

test("route ids in the address that are not ids get a readable 4xx and change nothing", async () => {
  for (const endpoint of mutatingRoutes.filter((candidate) => candidate.path.includes(":id"))) {
    const { input } = await endpoint.prepare();
    for (const id of ["0", "-1", "1.5", "2147483648", "99999999999999999999", "1e3", "abc", "%20", "'%20OR%201=1"]) {
      const path = endpoint.path.replace(":id", id);
      await judged(`${endpoint.method} ${path}`, async () => {
        const response = await admin.fetch(path, { method: endpoint.method, data: input });
        expect(response.status(), `${endpoint.method} ${path}`).toBeLessThan(500);
        // Not an id at all: the address is another route's (the public read of one city) and answers 404/405.
        if (response.headers()["content-type"]?.includes("application/json") !== true)
          return { accepted: false, refusal: { status: response.status(), message: "Not an editors' address." } };
        const body = (await response.json()) as { error?: { message: unknown } };
        return response.ok()
          ? { accepted: true }
          : { accepted: false, refusal: { status: response.status(), message: body.error?.message ?? "Not an editors' address." } };
      });
    }
  }
});

for (const endpoint of serverActions) {
  test(`${endpointName(endpoint)} (server action): random and hostile arguments get a readable refusal and change nothing`, async () => {
    const { input } = await endpoint.prepare();
    for (const args of [[], [null], [input, input]])
      await judged(`${endpointName(endpoint)} with ${JSON.stringify(args).slice(0, 200)}`, () => sendToAction(endpoint, args));
    await forRandomSpoils(endpoint, (spoiled) =>
      judged(`${endpointName(endpoint)} with ${JSON.stringify(spoiled)?.slice(0, 200)}`, () => sendToAction(endpoint, [spoiled])),
    );
  });
}

test("a hand-made server action request that React could not have sent is refused by Next before the action runs", async () => {
  // Transport-level garbage (not JSON, an unknown reference, over the 1 MB limit) never reaches our
  // code: Next's decoder throws and answers 500 with an opaque digest. Nothing runs, nothing leaks.
  const action = actions.get("app/admin/cities/actions.ts#createCityAction")!;
  for (const body of ["not json", '["$Q1"]', '[{"then": "$1:then"}]', JSON.stringify(["x".repeat(1_100_000)])] as const) {
    const before = await testDatabaseDigest();
    const response = await callServerAction(admin, action, [], { body, headers: { origin } });
    expect(response.result, body.slice(0, 40)).toBeUndefined();
    expect(response.body).not.toMatch(/at \w+ \(|\.tsx?:\d+|Error:/);
    expect(changedTables(before, await testDatabaseDigest())).toEqual([]);
  }
});

test("SQL-looking and out-of-range values in the activity filters and in addresses are treated as text, never a 500", async ({ page }) => {
  const sqlLooking = ["' OR '1'='1", '1; DROP TABLE "City"; --', 'x\' UNION SELECT "passwordHash" FROM "User" --', "%27%20OR%201=1"];
  const before = await testDatabaseDigest();
  await page.context().addCookies((await admin.storageState()).cookies);
  for (const text of sqlLooking) {
    for (const query of [`type=${encodeURIComponent(text)}`, `record=${encodeURIComponent(text)}`, `before=${encodeURIComponent(text)}`]) {
      const response = await page.goto(`/admin/activity?${query}`);
      expect(response!.status(), query).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activity");
    }
    for (const path of [`/cities/${encodeURIComponent(text)}`, `/api/cities/${encodeURIComponent(text)}`]) {
      expect((await admin.get(path)).status(), path).toBe(404);
    }
  }
  for (const value of ["1e30", "2147483648", "-1", "1.5", "NaN", "Infinity", "0x10"]) {
    const response = await page.goto(`/admin/activity?before=${value}`);
    expect(response!.status(), `before=${value}`).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activity");
  }
  // A record filter that reaches the query (it passes the filter's own format check) is compared as text: it matches nothing.
  await page.goto(`/admin/activity?record=1--OR--1`);
  await expect(page.getByText("No changes recorded yet.")).toBeVisible();
  expect(changedTables(before, await testDatabaseDigest())).toEqual([]);
});
