import { expect } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "../../lib/users/passwords";
import { queryTestDatabase } from "./database";
import { e2eUsers } from "./users";
import { createThrowawayUser, deleteThrowawayUsers, storedUser, throwawayEmail } from "./throwaway-users";
import { LISTING_ID } from "../../lib/listing/the-listing";

/**
 * Every endpoint that changes something (server actions and JSON route handlers, plus the editors'
 * draft reads), with a valid call on data of its own and a check of what that call changed. Used by
 * e2e/access-control.spec.ts (who may call what) and e2e/hostile-input.spec.ts (what bad input gets).
 * Those specs fail when the code has an endpoint this table lacks.
 */

/** A valid call: the input (the action's argument, or the JSON body), the path for routes, and how to see its effect. */
export type PreparedCall = { input: unknown; path?: string; verify: () => Promise<void> };

type Common = { file: string; adminOnly?: boolean; prepare: () => Promise<PreparedCall> };
export type ActionEndpoint = Common & { kind: "action"; exportName: string };
export type RouteEndpoint = Common & { kind: "route"; method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; path: string; successStatus: 200 | 201 };
export type Endpoint = ActionEndpoint | RouteEndpoint;

export const endpointName = (endpoint: Endpoint) =>
  endpoint.kind === "action" ? `${endpoint.exportName} (${endpoint.file})` : `${endpoint.method} ${endpoint.path} (${endpoint.file})`;

/** Route files that are not editors' endpoints, and why each is safe without the editor checks. */
export const routesOutsideTheTable: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts":
    "next-auth's sign-in and sign-out: protected by its CSRF token and the sign-in throttle (e2e/auth.spec.ts, e2e/login-throttling.spec.ts)",
  "app/api/editor/preview/route.ts":
    "turns on an editor's preview (draft mode's cookie) and redirects to a public page; anyone not signed in is sent to sign in, an editor who must change their password to the account page (e2e/preview.spec.ts); what the cookie can show after the session ends is a known limit (docs/security.md)",
  "app/api/preview/end/route.ts": "only deletes the preview's cookie and redirects to a public page (e2e/preview.spec.ts)",
  "app/api/internal/publish-due/route.ts":
    "the schedule runner's own call: answers only a request bearing the key the app's instances derive from NEXTAUTH_SECRET, anyone else a 404 (e2e/scheduling.spec.ts)",
};

// Data of this table's own: drafts and trashed rows hold no rank, so they never touch the public ranking.
const FIXTURE = "access-fixture";
const tag = () => `${FIXTURE}-${randomBytes(4).toString("hex")}`;

async function fixtureCity(options: { trashed?: boolean } = {}) {
  const slug = tag();
  const [row] = await queryTestDatabase<{ id: number; version: number; slug: string; name: string }>(
    `INSERT INTO "City" (slug, name, country, summary, profile, "focusAreas", status, "deletedAt", "updatedAt")
     VALUES ($1, $2, 'Testland', 'A fixture of the access tests.', 'Fixture.', '{iot}', 'DRAFT', $3, now()) RETURNING id, version, slug, name`,
    [slug, `City ${slug}`, options.trashed ? new Date() : null],
  );
  return row!;
}

async function fixtureFaq(options: { trashed?: boolean } = {}) {
  const [row] = await queryTestDatabase<{ id: number; version: number; question: string }>(
    `INSERT INTO "FaqEntry" (question, answer, status, "deletedAt", "updatedAt") VALUES ($1, 'A fixture.', 'DRAFT', $2, now()) RETURNING id, version, question`,
    [`Question ${tag()}?`, options.trashed ? new Date() : null],
  );
  return row!;
}

/** Gives a fixture record a revision 1 with other text, so restoring it changes something. */
async function fixtureRevision(entityType: "city" | "faq", id: number, fields: Record<string, unknown>) {
  await queryTestDatabase(
    `INSERT INTO "Revision" ("entityType", "entityId", number, fields, summary, "userEmail") VALUES ($1, $2, 1, $3, 'Fixture', 'system')`,
    [entityType, id, JSON.stringify(fields)],
  );
}
const RESTORED_TEXT = "Restored through the table.";
const pendingSchedules = async (entityType: string, id: number) =>
  (
    await queryTestDatabase<{ id: number }>(`SELECT id FROM "ScheduledPublication" WHERE "entityType" = $1 AND "entityId" = $2 AND state = 'pending'`, [
      entityType,
      id,
    ])
  ).length;

const city = (id: number) =>
  queryTestDatabase<{ version: number; summary: string; deletedAt: Date | null; status: string }>(
    `SELECT version, summary, "deletedAt", status FROM "City" WHERE id = $1`,
    [id],
  ).then((rows) => rows[0]);
const faq = (id: number) =>
  queryTestDatabase<{ version: number; answer: string; deletedAt: Date | null }>(`SELECT version, answer, "deletedAt" FROM "FaqEntry" WHERE id = $1`, [
    id,
  ]).then((rows) => rows[0]);
const publishedOrder = async (table: "City" | "FaqEntry") => {
  const column = table === "City" ? "rank" : "position";
  return (await queryTestDatabase<{ id: number }>(`SELECT id FROM "${table}" WHERE ${column} IS NOT NULL ORDER BY ${column}`)).map((row) => row.id);
};
/**
 * Back to the article's single edition, as before any edition was started (the product never
 * deletes an edition; the journeys after these must find the live rows public).
 */
async function resetEditions(): Promise<void> {
  await queryTestDatabase(`UPDATE "Listing" SET year = coalesce((SELECT min(year) FROM "Edition"), year) WHERE id = $1`, [LISTING_ID]);
  await queryTestDatabase(`DELETE FROM "Edition"`);
  await queryTestDatabase(`DELETE FROM "ScheduledPublication" WHERE "entityType" = 'edition'`);
}

/** An edition in preparation: the current year's copy is what readers see, the listing is the next year. Answers that next year. */
async function editionInPreparation(): Promise<number> {
  await resetEditions();
  const [{ year }] = (await queryTestDatabase<{ year: number }>(`SELECT year FROM "Listing" WHERE id = $1`, [LISTING_ID])) as [{ year: number }];
  await queryTestDatabase(
    `INSERT INTO "Edition" (year, title, "pageText", "pageTextUpdatedAt", faq, "frozenByEmail") VALUES ($1, 'An edition', '{}', now(), '[]', 'e2e@example.test')`,
    [year],
  );
  await queryTestDatabase(`UPDATE "Listing" SET year = $1 WHERE id = $2`, [year + 1, LISTING_ID]);
  return year + 1;
}

const editionStatus = async (year: number) => (await queryTestDatabase<{ status: string }>(`SELECT status FROM "Edition" WHERE year = $1`, [year]))[0]?.status;

const listing = async () =>
  (
    await queryTestDatabase<Record<string, unknown> & { version: number; rankingVersion: number; faqVersion: number }>(
      `SELECT * FROM "Listing" WHERE id = $1`,
      [LISTING_ID],
    )
  )[0]!;
const cityFields = (slug: string) => ({
  name: `City ${slug}`,
  slug,
  country: "Testland",
  summary: "Made through the table of endpoints.",
  profile: "Fixture.",
  focusAreas: ["iot"],
});

/** Swaps the first two of a published list; a second accepted call swaps them back. */
async function swapFirstTwo(table: "City" | "FaqEntry") {
  const order = await publishedOrder(table);
  const version = table === "City" ? (await listing()).rankingVersion : (await listing()).faqVersion;
  const swapped = [order[1]!, order[0]!, ...order.slice(2)];
  return { order, swapped, version, verify: async () => expect(await publishedOrder(table)).toEqual(swapped) };
}

const versionBumped = (read: () => Promise<{ version: number } | undefined>, from: number) => async () => expect((await read())?.version).toBe(from + 1);

export const endpoints: Endpoint[] = [
  // Server actions of the dashboard.
  {
    kind: "action",
    file: "app/admin/actions.ts",
    exportName: "previewMarkdownAction",
    prepare: async () => ({ input: { markdown: "**bold** <script>x()</script>" }, verify: async () => undefined }),
  },
  ...contentActions("City"),
  ...contentActions("FaqEntry"),
  {
    kind: "action",
    file: "app/admin/page-text/actions.ts",
    exportName: "updatePageTextAction",
    prepare: async () => {
      const { titleTemplate, year, intro, developmentHeading, development, faqHeading, conclusion, seoDescription, version } = await listing();
      return {
        input: { titleTemplate, year, intro, developmentHeading, development, faqHeading, conclusion, seoDescription, version },
        verify: versionBumped(listing, version),
      };
    },
  },
  {
    kind: "action",
    file: "app/admin/cities/actions.ts",
    exportName: "restoreCityRevisionAction",
    prepare: async () => {
      const row = await fixtureCity();
      await fixtureRevision("city", row.id, { ...cityFields(row.slug), summary: RESTORED_TEXT });
      return {
        input: { id: row.id, number: 1, version: row.version },
        verify: async () => expect(await city(row.id)).toMatchObject({ summary: RESTORED_TEXT }),
      };
    },
  },
  {
    kind: "action",
    file: "app/admin/faq/actions.ts",
    exportName: "restoreFaqRevisionAction",
    prepare: async () => {
      const row = await fixtureFaq();
      await fixtureRevision("faq", row.id, { question: row.question, answer: RESTORED_TEXT });
      return { input: { id: row.id, number: 1, version: row.version }, verify: async () => expect(await faq(row.id)).toMatchObject({ answer: RESTORED_TEXT }) };
    },
  },
  {
    // Revision 1 of the page text is the article's (lib/database/seed.ts).
    kind: "action",
    file: "app/admin/page-text/actions.ts",
    exportName: "restorePageTextRevisionAction",
    prepare: async () => {
      const { version } = await listing();
      return { input: { number: 1, version }, verify: versionBumped(listing, version) };
    },
  },
  {
    kind: "action",
    file: "app/admin/cities/actions.ts",
    exportName: "scheduleCityPublicationAction",
    prepare: async () => {
      const row = await fixtureCity();
      return {
        input: { id: row.id, publishAt: new Date(Date.now() + 86_400_000).toISOString() },
        verify: async () => expect(await pendingSchedules("city", row.id)).toBe(1),
      };
    },
  },
  {
    kind: "action",
    file: "app/admin/faq/actions.ts",
    exportName: "scheduleFaqEntryPublicationAction",
    prepare: async () => {
      const row = await fixtureFaq();
      return {
        input: { id: row.id, publishAt: new Date(Date.now() + 86_400_000).toISOString() },
        verify: async () => expect(await pendingSchedules("faq", row.id)).toBe(1),
      };
    },
  },
  {
    kind: "action",
    file: "app/admin/editions/actions.ts",
    exportName: "startNextEditionAction",
    adminOnly: true,
    prepare: async () => {
      await resetEditions();
      const year = Number((await listing()).year);
      return { input: { currentYear: year, nextYear: year + 1 }, verify: async () => expect(await editionStatus(year)).toBe("public") };
    },
  },
  {
    kind: "action",
    file: "app/admin/editions/actions.ts",
    exportName: "publishEditionAction",
    adminOnly: true,
    prepare: async () => {
      const year = await editionInPreparation();
      return { input: { year }, verify: async () => expect(await editionStatus(year - 1)).toBe("archived") };
    },
  },
  {
    kind: "action",
    file: "app/admin/editions/actions.ts",
    exportName: "scheduleEditionAction",
    adminOnly: true,
    prepare: async () => {
      const year = await editionInPreparation();
      return {
        input: { id: year, publishAt: new Date(Date.now() + 86_400_000).toISOString() },
        verify: async () => expect(await pendingSchedules("edition", year)).toBe(1),
      };
    },
  },
  // The imports' valid call is the preview (no `confirm`): it runs every check an apply runs (the
  // session, the role, the file) and writes nothing, so the table's runs leave the ranking alone.
  // Applying is covered by e2e/import.spec.ts and lib/content-transfer/*.int.test.ts.
  {
    kind: "route",
    file: "app/api/editor/import/ranking-csv/route.ts",
    method: "POST",
    path: "/api/editor/import/ranking-csv",
    successStatus: 200,
    prepare: async () => {
      const row = await fixtureCity();
      return { input: { file: `rank,name,country,summary,slug\r\n1,${row.name},Testland,A fixture.,${row.slug}\r\n` }, verify: async () => undefined };
    },
  },
  {
    kind: "route",
    file: "app/api/editor/import/content/route.ts",
    method: "POST",
    path: "/api/editor/import/content",
    successStatus: 200,
    adminOnly: true,
    prepare: async () => {
      const { titleTemplate, year, intro, developmentHeading, development, faqHeading, conclusion, seoDescription } = await listing();
      const pageText = { titleTemplate, year, intro, developmentHeading, development, faqHeading, conclusion, seoDescription };
      const file = {
        format: "smart-cities-cms/content",
        version: 2,
        exportedAt: new Date().toISOString(),
        pageText,
        cities: [],
        faq: [],
        redirects: [],
        revisions: [],
        editions: [],
      };
      return { input: { file: JSON.stringify(file) }, verify: async () => undefined };
    },
  },
  {
    kind: "action",
    file: "app/admin/scheduled/actions.ts",
    exportName: "cancelScheduleAction",
    prepare: async () => {
      const row = await fixtureCity();
      const [schedule] = await queryTestDatabase<{ id: number }>(
        `INSERT INTO "ScheduledPublication" ("entityType", "entityId", "publishAt", "createdById", "createdByEmail")
         SELECT 'city', $1, now() + interval '1 day', id, email FROM "User" ORDER BY id LIMIT 1 RETURNING id`,
        [row.id],
      );
      return { input: { scheduleId: schedule!.id }, verify: async () => expect(await pendingSchedules("city", row.id)).toBe(0) };
    },
  },
  {
    kind: "action",
    file: "app/admin/users/actions.ts",
    exportName: "createUserAction",
    adminOnly: true,
    prepare: async () => {
      const email = throwawayEmail("created");
      return {
        input: { email, name: "Created by the table", role: "EDITOR", passwordChoice: "generate", password: "" },
        verify: async () => expect(await storedUser(email)).toMatchObject({ role: "EDITOR" }),
      };
    },
  },
  {
    kind: "action",
    file: "app/admin/users/actions.ts",
    exportName: "changeUserRoleAction",
    adminOnly: true,
    prepare: async () => {
      const user = await createThrowawayUser();
      return { input: { userId: user.id, role: "ADMIN" }, verify: async () => expect(await storedUser(user.email)).toMatchObject({ role: "ADMIN" }) };
    },
  },
  {
    kind: "action",
    file: "app/admin/users/actions.ts",
    exportName: "setUserDisabledAction",
    adminOnly: true,
    prepare: async () => {
      const user = await createThrowawayUser();
      return { input: { userId: user.id, isDisabled: true }, verify: async () => expect(await storedUser(user.email)).toMatchObject({ isDisabled: true }) };
    },
  },
  {
    kind: "action",
    file: "app/admin/users/actions.ts",
    exportName: "resetUserPasswordAction",
    adminOnly: true,
    prepare: async () => {
      const user = await createThrowawayUser();
      return {
        input: { userId: user.id, passwordChoice: "generate", password: "" },
        verify: async () => expect(await storedUser(user.email)).toMatchObject({ sessionVersion: 2 }),
      };
    },
  },

  {
    kind: "action",
    file: "app/admin/users/actions.ts",
    exportName: "endUserSessionsAction",
    adminOnly: true,
    prepare: async () => {
      const user = await createThrowawayUser();
      const sessionId = `access-fixture-${randomBytes(12).toString("hex")}`;
      await queryTestDatabase(`INSERT INTO "Session" (id, "userId", "expiresAt", "userAgent") VALUES ($1, $2, now() + interval '1 hour', 'Fixture')`, [
        sessionId,
        user.id,
      ]);
      return {
        input: { userId: user.id },
        verify: async () =>
          expect((await queryTestDatabase<{ endedAt: Date | null }>(`SELECT "endedAt" FROM "Session" WHERE id = $1`, [sessionId]))[0]?.endedAt).not.toBeNull(),
      };
    },
  },
  {
    // Every signed-in user, on their own account. The shared e2e accounts get one temporary
    // password for the call, and their own back afterwards (verify, and deleteEndpointFixtures).
    kind: "action",
    file: "app/admin/account/actions.ts",
    exportName: "changeOwnPasswordAction",
    prepare: async () => {
      await giveE2eAccountsATemporaryPassword();
      return {
        input: { currentPassword: TEMPORARY_PASSWORD, newPassword: `${TEMPORARY_PASSWORD}-changed` },
        verify: async () => {
          const changed = await queryTestDatabase<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = ANY($1)`, [
            Object.values(e2eUsers).map((user) => user.email),
          ]);
          const verdicts = await Promise.all(changed.map((row) => verifyPassword(row.passwordHash, `${TEMPORARY_PASSWORD}-changed`)));
          expect(verdicts.filter(Boolean), "the caller's password changed").toHaveLength(1);
          await restoreE2eAccounts();
        },
      };
    },
  },

  // The editors' JSON API, every handler under app/api/editor/ (docs: README, "Editor JSON API").
  {
    kind: "route",
    file: "app/api/editor/cities/route.ts",
    method: "GET",
    path: "/api/editor/cities",
    successStatus: 200,
    prepare: async () => ({ input: undefined, verify: async () => undefined }),
  },
  {
    kind: "route",
    file: "app/api/editor/content/route.ts",
    method: "GET",
    path: "/api/editor/content",
    successStatus: 200,
    prepare: async () => ({ input: undefined, verify: async () => undefined }),
  },
  {
    kind: "route",
    file: "app/api/editor/ranking.csv/route.ts",
    method: "GET",
    path: "/api/editor/ranking.csv",
    successStatus: 200,
    prepare: async () => ({ input: undefined, verify: async () => undefined }),
  },
  {
    kind: "route",
    file: "app/api/editor/cities/route.ts",
    method: "POST",
    path: "/api/editor/cities",
    successStatus: 201,
    prepare: async () => {
      const slug = tag();
      return {
        input: cityFields(slug),
        verify: async () => expect((await queryTestDatabase(`SELECT 1 FROM "City" WHERE slug = $1 AND status = 'DRAFT'`, [slug])).length).toBe(1),
      };
    },
  },
  {
    kind: "route",
    file: "app/api/editor/cities/[id]/route.ts",
    method: "PATCH",
    path: "/api/editor/cities/:id",
    successStatus: 200,
    prepare: async () => {
      const row = await fixtureCity();
      return {
        path: `/api/editor/cities/${row.id}`,
        input: { version: row.version, summary: "Patched through the table." },
        verify: async () => expect(await city(row.id)).toMatchObject({ summary: "Patched through the table.", version: row.version + 1 }),
      };
    },
  },
  {
    kind: "route",
    file: "app/api/editor/cities/[id]/route.ts",
    method: "DELETE",
    path: "/api/editor/cities/:id",
    successStatus: 200,
    prepare: async () => {
      const row = await fixtureCity();
      return {
        path: `/api/editor/cities/${row.id}`,
        input: { version: row.version },
        verify: async () => expect((await city(row.id))?.deletedAt).not.toBeNull(),
      };
    },
  },
  {
    kind: "route",
    file: "app/api/editor/cities/order/route.ts",
    method: "PUT",
    path: "/api/editor/cities/order",
    successStatus: 200,
    prepare: async () => {
      const { swapped, version, verify } = await swapFirstTwo("City");
      return { input: { ids: swapped, version }, verify };
    },
  },
  {
    kind: "route",
    file: "app/api/editor/cities/[id]/move/route.ts",
    method: "POST",
    path: "/api/editor/cities/:id/move",
    successStatus: 200,
    prepare: async () => {
      const { order, version, verify } = await swapFirstTwo("City");
      return { path: `/api/editor/cities/${order[0]}/move`, input: { to: 2, listVersion: version }, verify };
    },
  },
  {
    kind: "route",
    file: "app/api/editor/cities/[id]/revisions/[number]/restore/route.ts",
    method: "POST",
    path: "/api/editor/cities/:id/revisions/:number/restore",
    successStatus: 200,
    prepare: async () => {
      const row = await fixtureCity();
      await fixtureRevision("city", row.id, { ...cityFields(row.slug), summary: RESTORED_TEXT });
      return {
        path: `/api/editor/cities/${row.id}/revisions/1/restore`,
        input: { version: row.version },
        verify: async () => expect(await city(row.id)).toMatchObject({ summary: RESTORED_TEXT, version: row.version + 1 }),
      };
    },
  },
  {
    kind: "route",
    file: "app/api/editor/faq/route.ts",
    method: "GET",
    path: "/api/editor/faq",
    successStatus: 200,
    prepare: async () => ({ input: undefined, verify: async () => undefined }),
  },
  {
    kind: "route",
    file: "app/api/editor/faq/route.ts",
    method: "POST",
    path: "/api/editor/faq",
    successStatus: 201,
    prepare: async () => {
      const question = `Question ${tag()}?`;
      return {
        input: { question, answer: "Made through the table." },
        verify: async () => expect((await queryTestDatabase(`SELECT 1 FROM "FaqEntry" WHERE question = $1`, [question])).length).toBe(1),
      };
    },
  },
  {
    kind: "route",
    file: "app/api/editor/faq/[id]/route.ts",
    method: "PATCH",
    path: "/api/editor/faq/:id",
    successStatus: 200,
    prepare: async () => {
      const row = await fixtureFaq();
      return {
        path: `/api/editor/faq/${row.id}`,
        input: { version: row.version, answer: "Patched through the table." },
        verify: async () => expect(await faq(row.id)).toMatchObject({ answer: "Patched through the table.", version: row.version + 1 }),
      };
    },
  },
  {
    kind: "route",
    file: "app/api/editor/faq/[id]/route.ts",
    method: "DELETE",
    path: "/api/editor/faq/:id",
    successStatus: 200,
    prepare: async () => {
      const row = await fixtureFaq();
      return { path: `/api/editor/faq/${row.id}`, input: { version: row.version }, verify: async () => expect((await faq(row.id))?.deletedAt).not.toBeNull() };
    },
  },
  {
    kind: "route",
    file: "app/api/editor/faq/[id]/move/route.ts",
    method: "POST",
    path: "/api/editor/faq/:id/move",
    successStatus: 200,
    prepare: async () => {
      const { order, version, verify } = await swapFirstTwo("FaqEntry");
      return { path: `/api/editor/faq/${order[0]}/move`, input: { to: 2, listVersion: version }, verify };
    },
  },
  {
    kind: "route",
    file: "app/api/editor/faq/[id]/revisions/[number]/restore/route.ts",
    method: "POST",
    path: "/api/editor/faq/:id/revisions/:number/restore",
    successStatus: 200,
    prepare: async () => {
      const row = await fixtureFaq();
      await fixtureRevision("faq", row.id, { question: row.question, answer: RESTORED_TEXT });
      return {
        path: `/api/editor/faq/${row.id}/revisions/1/restore`,
        input: { version: row.version },
        verify: async () => expect(await faq(row.id)).toMatchObject({ answer: RESTORED_TEXT, version: row.version + 1 }),
      };
    },
  },
  {
    kind: "route",
    file: "app/api/editor/faq/order/route.ts",
    method: "PUT",
    path: "/api/editor/faq/order",
    successStatus: 200,
    prepare: async () => {
      const { swapped, version, verify } = await swapFirstTwo("FaqEntry");
      return { input: { ids: swapped, version }, verify };
    },
  },
];

/** The seven actions of a ranked list's entries (cities, FAQ entries): same shapes, other names. */
function contentActions(table: "City" | "FaqEntry"): ActionEndpoint[] {
  const isCity = table === "City";
  const file = isCity ? "app/admin/cities/actions.ts" : "app/admin/faq/actions.ts";
  const noun = isCity ? "City" : "FaqEntry";
  const fixture = isCity ? fixtureCity : fixtureFaq;
  const read = isCity ? city : faq;
  const fields = (row: { slug?: string }) => (isCity ? cityFields(row.slug ?? tag()) : { question: `Question ${tag()}?`, answer: "Edited through the table." });
  return [
    {
      kind: "action",
      file,
      exportName: `create${noun}Action`,
      prepare: async () => {
        const input = fields({});
        const where = isCity
          ? [`SELECT 1 FROM "City" WHERE slug = $1`, (input as { slug: string }).slug]
          : [`SELECT 1 FROM "FaqEntry" WHERE question = $1`, (input as { question: string }).question];
        return { input, verify: async () => expect((await queryTestDatabase(where[0]!, [where[1]])).length).toBe(1) };
      },
    },
    {
      kind: "action",
      file,
      exportName: `update${noun}Action`,
      prepare: async () => {
        const row = await fixture();
        return { input: { ...fields(row as { slug?: string }), id: row.id, version: row.version }, verify: versionBumped(() => read(row.id), row.version) };
      },
    },
    {
      kind: "action",
      file,
      exportName: `set${noun}StatusAction`,
      prepare: async () => {
        const row = await fixture();
        return { input: { id: row.id, version: row.version, status: "DRAFT" }, verify: versionBumped(() => read(row.id), row.version) };
      },
    },
    {
      kind: "action",
      file,
      exportName: `move${noun}Action`,
      prepare: async () => {
        const { order, version, verify } = await swapFirstTwo(table);
        return { input: { id: order[0], to: 2, listVersion: version }, verify };
      },
    },
    {
      kind: "action",
      file,
      exportName: `trash${noun}Action`,
      prepare: async () => {
        const row = await fixture();
        return { input: { id: row.id, version: row.version }, verify: async () => expect((await read(row.id))?.deletedAt).not.toBeNull() };
      },
    },
    {
      kind: "action",
      file,
      exportName: `restore${noun}Action`,
      prepare: async () => {
        const row = await fixture({ trashed: true });
        return { input: { id: row.id }, verify: async () => expect((await read(row.id))?.deletedAt).toBeNull() };
      },
    },
    {
      kind: "action",
      file,
      exportName: `delete${noun}ForeverAction`,
      prepare: async () => {
        const row = await fixture({ trashed: true });
        return { input: { id: row.id }, verify: async () => expect(await read(row.id)).toBeUndefined() };
      },
    },
  ];
}

/** Removes what the table's calls created: fixture rows (never ranked) and throwaway users. */
const TEMPORARY_PASSWORD = "access-table-temporary-password";
let e2eAccountHashes: { email: string; passwordHash: string }[] | null = null;
// One argon2 hash for every call (hashing is slow on purpose).
let temporaryHash: Promise<string> | undefined;

async function giveE2eAccountsATemporaryPassword(): Promise<void> {
  const emails = Object.values(e2eUsers).map((user) => user.email);
  e2eAccountHashes ??= await queryTestDatabase<{ email: string; passwordHash: string }>(`SELECT email, "passwordHash" FROM "User" WHERE email = ANY($1)`, [
    emails,
  ]);
  await queryTestDatabase(`UPDATE "User" SET "passwordHash" = $1 WHERE email = ANY($2)`, [await (temporaryHash ??= hashPassword(TEMPORARY_PASSWORD)), emails]);
}

/** The e2e accounts' own password hashes, and the sessions a password change of theirs ended in the last minutes. */
async function restoreE2eAccounts(): Promise<void> {
  if (!e2eAccountHashes) return;
  for (const { email, passwordHash } of e2eAccountHashes) {
    await queryTestDatabase(`UPDATE "User" SET "passwordHash" = $1, "mustChangePassword" = false WHERE email = $2`, [passwordHash, email]);
    await queryTestDatabase(
      `UPDATE "Session" SET "endedAt" = NULL WHERE "endedAt" > now() - interval '10 minutes' AND "userId" = (SELECT id FROM "User" WHERE email = $1)`,
      [email],
    );
  }
}

export async function deleteEndpointFixtures(): Promise<void> {
  await resetEditions();
  await restoreE2eAccounts();
  await queryTestDatabase(`DELETE FROM "City" WHERE slug LIKE $1 AND rank IS NULL`, [`${FIXTURE}-%`]);
  await queryTestDatabase(`DELETE FROM "FaqEntry" WHERE question LIKE $1 AND position IS NULL`, [`Question ${FIXTURE}-%`]);
  await deleteThrowawayUsers();
}
