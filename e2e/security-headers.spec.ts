import { expect, test, type APIResponse } from "@playwright/test";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { queryTestDatabase } from "./helpers/database";
import { publicSiteFixtures } from "./helpers/fixtures";
import { builtServerActions, encodeActionArguments, pageUrlOf } from "./helpers/server-actions";
import { savedSession } from "./helpers/sessions";

// Security headers on every kind of response the app sends: pages, 404s, redirects, JSON (public,
// editors', errors), next-auth's endpoints, server-action answers, static files, images. Public
// pages are static and carry a static policy ('unsafe-inline' scripts, because Next inlines its
// payload; docs/security.md "Public pages: static CSP"); the dashboard and sign-in get a per-request
// nonce policy with 'strict-dynamic' and no 'unsafe-inline'. (e2e/public-delivery.spec.ts checks
// the public policy's directives one by one.)

const root = fileURLToPath(new URL("..", import.meta.url));

type Kind = "public" | "dashboard" | "auth endpoint";

function expectSecurityHeaders(response: APIResponse, kind: Kind, what: string) {
  const headers = response.headers();
  const policies = response.headersArray().filter((header) => header.name.toLowerCase() === "content-security-policy");
  expect(policies, `${what}: exactly one Content-Security-Policy`).toHaveLength(1);
  const policy = policies[0]!.value;
  const directive = (name: string) =>
    policy
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `)) ?? "";
  expect(directive("frame-ancestors"), what).toBe("frame-ancestors 'none'");
  expect(directive("base-uri"), what).toBe("base-uri 'none'");
  expect(policy, what).not.toContain("unsafe-eval");
  if (kind === "dashboard") {
    expect(directive("script-src"), what).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/);
    expect(policy, what).not.toContain("'unsafe-inline'");
  } else if (kind === "auth endpoint") {
    expect(directive("default-src"), what).toBe("default-src 'none'");
  } else {
    expect(directive("script-src"), what).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive("object-src"), what).toBe("object-src 'none'");
  }
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toMatch(/^(same-origin|strict-origin-when-cross-origin|no-referrer)$/);
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["x-frame-options"], what).toBe("DENY");
  // `next start` runs a production build: HSTS everywhere (browsers ignore it over plain http).
  expect(headers["strict-transport-security"], what).toBe("max-age=63072000; includeSubDomains");
}

test("every kind of public response carries the security headers", async ({ request }) => {
  const [city] = await queryTestDatabase<{ slug: string }>(`SELECT slug FROM "City" WHERE rank = 1`);
  const chunk = readdirSync(path.join(root, process.env.NEXT_DIST_DIR ?? ".next-test", "static/chunks")).find((file) => file.endsWith(".js"))!;
  const responses: Array<[string, number]> = [
    ["/", 200],
    [`/cities/${city!.slug}`, 200],
    ["/cities/atlantis", 404],
    [`/cities/${publicSiteFixtures.renamedCity.oldSlug}`, 308],
    ["/api/cities", 200],
    ["/api/cities/atlantis", 404],
    ["/api/faq", 200],
    ["/api/health", 200],
    ["/sitemap.xml", 200],
    ["/robots.txt", 200],
    [`/_next/static/chunks/${chunk}`, 200],
    ["/no-such-page", 404],
    ["/api/editor/cities/order", 405],
  ];
  // The link-preview picture's address carries a build hash: take it from the page.
  const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(await (await request.get("/")).text())![1]!;
  responses.push([new URL(ogImage).pathname, 200]);
  for (const [pathName, status] of responses) {
    const response = await request.get(pathName, { maxRedirects: 0 });
    expect(response.status(), pathName).toBe(status);
    expectSecurityHeaders(response, "public", `GET ${pathName}`);
  }
  const refused = await request.put("/api/editor/cities/order", { data: { ids: [], version: 1 } });
  expect(refused.status()).toBe(401);
  expectSecurityHeaders(refused, "public", "PUT /api/editor/cities/order (401)");
});

test("the sign-in page, next-auth's endpoints and the dashboard's redirects carry them too", async ({ request }) => {
  for (const [pathName, status, kind] of [
    ["/login", 200, "dashboard"],
    ["/admin", 307, "dashboard"],
    ["/admin/cities", 307, "dashboard"],
    ["/api/auth/csrf", 200, "auth endpoint"],
    ["/api/auth/session", 200, "auth endpoint"],
    ["/api/auth/providers", 200, "auth endpoint"],
    ["/api/auth/signin", 302, "auth endpoint"],
  ] as const) {
    const response = await request.get(pathName, { maxRedirects: 0 });
    expect(response.status(), pathName).toBe(status);
    expectSecurityHeaders(response, kind, `GET ${pathName}`);
  }
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = await request.post("/api/auth/callback/credentials", {
    form: { email: "nobody@example.test", password: "wrong password", csrfToken },
    maxRedirects: 0,
  });
  expect(signIn.status()).toBe(302);
  expectSecurityHeaders(signIn, "auth endpoint", "POST /api/auth/callback/credentials");
});

test("every dashboard page, the editors' API and server-action answers carry them, with a fresh nonce each time", async ({ playwright }, testInfo) => {
  const admin = await savedSession(playwright, testInfo.project.use.baseURL!, "admin");
  const [city] = await queryTestDatabase<{ id: number }>(`SELECT id FROM "City" WHERE rank = 1`);
  const [entry] = await queryTestDatabase<{ id: number }>(`SELECT id FROM "FaqEntry" WHERE position = 1`);
  const [user] = await queryTestDatabase<{ id: number }>(`SELECT id FROM "User" ORDER BY id LIMIT 1`);
  const nonces = new Set<string>();
  const pages = [
    "/admin/cities",
    `/admin/cities/${city!.id}`,
    "/admin/cities/new",
    "/admin/cities/trash",
    "/admin/faq",
    `/admin/faq/${entry!.id}`,
    "/admin/faq/new",
    "/admin/faq/trash",
    "/admin/page-text",
    "/admin/activity",
    "/admin/users",
    `/admin/users/${user!.id}`,
    "/admin/users/new",
  ];
  for (const pathName of pages) {
    const response = await admin.get(pathName);
    expect(response.status(), pathName).toBe(200);
    expectSecurityHeaders(response, "dashboard", `GET ${pathName}`);
    nonces.add(/'nonce-([^']+)'/.exec(response.headers()["content-security-policy"]!)![1]!);
  }
  expect(nonces.size, "a new nonce per response").toBe(pages.length);

  const drafts = await admin.get("/api/editor/cities");
  expect(drafts.status()).toBe(200);
  expectSecurityHeaders(drafts, "public", "GET /api/editor/cities");
  const invalid = await admin.post("/api/editor/cities", { data: {} });
  expect(invalid.status()).toBe(400);
  expectSecurityHeaders(invalid, "public", "POST /api/editor/cities (400)");

  const preview = builtServerActions().find((candidate) => candidate.exportName === "previewMarkdownAction")!;
  const origin = new URL(testInfo.project.use.baseURL!).origin;
  for (const id of [preview.id, "0".repeat(42)]) {
    const action = await admin.post(pageUrlOf(preview), {
      headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin },
      data: encodeActionArguments([{ markdown: "*hi*" }]),
    });
    // An unknown action id: Next's own refusal (409 in Next 16), which must carry the headers too.
    expect(action.status() === 200, `server action ${id}`).toBe(id === preview.id);
    expectSecurityHeaders(action, "dashboard", `POST ${pageUrlOf(preview)} (server action ${id})`);
  }
  await admin.dispose();
});
