import { expect, test } from "@playwright/test";
import { storedPublishedCities } from "./helpers/public-site";

// How the public site is delivered: from Next's cache (a view reads no database), with the static
// security headers of docs/security.md, "Public pages: static CSP".

test("public pages and the JSON API are served from Next's cache, not rendered per request", async ({ request }) => {
  const city = (await storedPublishedCities())[0]!;
  for (const path of [
    "/",
    `/cities/${city.slug}`,
    "/api/cities",
    `/api/cities/${city.slug}`,
    "/api/faq",
    "/sitemap/0.xml",
    "/sitemap/1.xml",
    "/robots.txt",
    "/cities/atlantis",
  ]) {
    // The first request may regenerate a page an earlier journey revalidated; the next one must be a hit.
    await request.get(path);
    const response = await request.get(path);
    expect(response.headers()["x-nextjs-cache"], path).toBe("HIT");
  }
});

test("the ranking and a city's page are written in ASCII, every other character as a reference, so serving them costs no re-encoding", async ({
  page,
  request,
}) => {
  // The article's text has typographic apostrophes (’): in the HTML they are &#x2019;, in the
  // JSON-LD \u2019, in <title> and meta tags a plain ' (lib/html.ts, lib/site-metadata.ts say why).
  // A reader still sees the typographic apostrophe on the page.
  for (const [path, sentence] of [
    ["/", "it’s evident"],
    ["/cities/singapore", "Singapore is leading Asia’s smart city movement"],
  ] as const) {
    const html = await (await request.get(path)).text();
    expect(html.match(/[^\u0000-\u007f]/gu) ?? [], path).toEqual([]);
    expect(html, path).toContain("&#x2019;");
    await page.goto(path);
    await expect(page.getByText(sentence).first()).toBeVisible();
  }
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Singapore is leading Asia's smart city movement/);
  // The JSON API too: \u2019 in the text, the same apostrophe once parsed.
  const json = await (await request.get("/api/cities")).text();
  expect(json.match(/[^\u0000-\u007f]/gu) ?? []).toEqual([]);
  expect(json).toContain("\\u2019");
  expect(JSON.stringify(JSON.parse(json))).toContain("’");
});

test("public pages carry the static security headers", async ({ request }) => {
  const city = (await storedPublishedCities())[0]!;
  for (const path of ["/", `/cities/${city.slug}`, "/cities/atlantis", "/api/cities", "/sitemap/1.xml"]) {
    const headers = (await request.get(path)).headers();
    const policy = headers["content-security-policy"] ?? "";
    for (const directive of [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ]) {
      expect(policy, `${path}: ${directive}`).toContain(directive);
    }
    expect(policy, path).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toBe("camera=(), microphone=(), geolocation=()");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
  }
});

test("the dashboard and sign-in get only their own nonce policy, never the public one", async ({ request }) => {
  const login = await request.get("/login");
  const policies = login.headersArray().filter((header) => header.name.toLowerCase() === "content-security-policy");
  expect(policies).toHaveLength(1);
  expect(policies[0]!.value).toContain("'nonce-");
  expect(policies[0]!.value).not.toContain("'unsafe-inline'");
});

test("the public pages run under their policy without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const city = (await storedPublishedCities())[0]!;
  for (const path of ["/", `/cities/${city.slug}`, "/cities/atlantis"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  // A client-side navigation (the city pager's links are next/link) loads more of Next's scripts
  // under the same policy.
  const next = (await storedPublishedCities())[1]!;
  await page.goto(`/cities/${city.slug}`);
  await page
    .getByRole("navigation", { name: "Previous and next city" })
    .getByRole("link", { name: new RegExp(next.name) })
    .click();
  await expect(page).toHaveURL(`/cities/${next.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(next.name);
  expect(violations).toEqual([]);
});
