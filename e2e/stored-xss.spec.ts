import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";

// Stored XSS: a city and an FAQ entry whose every field holds script, event-handler attributes,
// javascript: URLs and SVG/MathML tricks, saved through the editors' API like any edit. On every
// page that shows them, public and dashboard, checked in the browser: no dialog opens, no
// injected script runs, no injected element or attribute exists, and plain-text fields read as
// the text the editor typed.

test.use(signedInAs.editor);

const slug = "xss-city-e2e";
const hostileCity = {
  name: `Xss <img src=x onerror="alert('name')" id=xss-name></script><script>alert('json-ld')</script>`,
  slug,
  country: `<svg onload="alert('country')" id="xss-country">`,
  summary: `"><iframe id="xss-summary" src="javascript:alert('summary')"></iframe><a id="xss-summary-link" href="javascript:alert('summary-link')">x</a>`,
  focusAreas: [`<b id=xss-focus onclick=alert(1)>`, "iot"],
  profile: [
    "Profile marker paragraph.",
    "<script>alert('profile-script')</script>",
    `<img src="x" onerror="alert('profile-img')" id="xss-img">`,
    "[a javascript link](javascript:alert('profile-link'))",
    `<a id="xss-entity-link" href="&#106;avascript:alert('entity')">an entity-encoded link</a>`,
    `<a id="xss-data-link" href="data:text/html,<script>alert('data')</script>">a data link</a>`,
    `<iframe id="xss-iframe" srcdoc="<script>parent.alert('srcdoc')</script>"></iframe>`,
    `<svg id="xss-svg" onload="alert('svg')"><script>alert('svg-script')</script><a href="javascript:alert('svg-link')"><text>t</text></a></svg>`,
    `<math><mtext><table><mglyph><style><img src=x onerror="alert('mxss')" id="xss-mxss"></style></mglyph></table></mtext></math>`,
    `<object id="xss-object" data="javascript:alert('object')"></object><embed id="xss-embed" src="javascript:alert('embed')">`,
    `<form id="xss-form" action="javascript:alert('form')"><button>Go</button></form>`,
    `<p style="background:url(javascript:alert('style'))" onmouseover="alert('mouse')" id="xss-paragraph">Hover me</p>`,
    `<details open ontoggle="alert('toggle')" id="xss-details"><summary>x</summary></details>`,
  ].join("\n\n"),
  status: "PUBLISHED",
};
const hostileFaq = {
  question: `</script><svg onload="alert('question')" id="xss-question">? <img src=x onerror=alert('q')>`,
  answer: `FAQ marker answer.\n\n<script>alert('answer')</script>\n\n<img src=x onerror="alert('answer-img')" id="xss-answer-img">\n\n[click](javascript:alert('answer-link'))`,
  status: "PUBLISHED",
};

let cityId: number;
let faqId: number;

test.beforeAll(async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, storageState: signedInAs.editor.storageState });
  const city = await request.post("/api/editor/cities", { data: hostileCity });
  expect(city.status(), await city.text()).toBe(201);
  cityId = (await city.json()).id;
  const faq = await request.post("/api/editor/faq", { data: hostileFaq });
  expect(faq.status(), await faq.text()).toBe(201);
  faqId = (await faq.json()).id;
  await request.dispose();
});

test.afterAll(async ({ playwright }, testInfo) => {
  // Out of the published lists through the API (which keeps ranks contiguous and refreshes the site), then gone.
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, storageState: signedInAs.editor.storageState });
  for (const [path, table] of [
    [`/api/editor/cities/${cityId}`, "City"],
    [`/api/editor/faq/${faqId}`, "FaqEntry"],
  ] as const) {
    const [row] = await queryTestDatabase<{ version: number; deletedAt: Date | null }>(`SELECT version, "deletedAt" FROM "${table}" WHERE id = $1`, [
      path === `/api/editor/cities/${cityId}` ? cityId : faqId,
    ]);
    if (row && !row.deletedAt) expect((await request.delete(path, { data: { version: row.version } })).status()).toBe(200);
  }
  await queryTestDatabase(`DELETE FROM "City" WHERE id = $1`, [cityId]);
  await queryTestDatabase(`DELETE FROM "FaqEntry" WHERE id = $1`, [faqId]);
  await request.dispose();
});

/** Watches a page for anything the hostile content could make the browser do. */
function watchForScript(page: Page): { dialogs: string[] } {
  const watched = { dialogs: [] as string[] };
  page.on("dialog", async (dialog) => {
    watched.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return watched;
}

/** Injected elements, attributes, addresses and scripts in the current document (React renders no on* attributes). */
async function injectedThings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll("*"))) {
      if (element.id.startsWith("xss-")) found.push(`element #${element.id}`);
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}="${attribute.value}"`);
        if (/^(href|src|action|data|formaction|xlink:href)$/i.test(attribute.name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value))
          found.push(`${element.tagName} ${attribute.name}="${attribute.value}"`);
      }
    }
    for (const tag of ["iframe", "object", "embed", "form[action^='javascript']", "svg script", "math", "style:not([nonce])"]) {
      for (const element of Array.from(document.querySelectorAll(`main ${tag}`))) found.push(`<${tag}> ${element.outerHTML.slice(0, 80)}`);
    }
    for (const script of Array.from(document.scripts)) {
      // Next's page data and JSON-LD carry the text as data; an injected script would be its own element.
      if (script.type !== "application/ld+json" && /^\s*(alert|parent\.alert)\(/.test(script.textContent ?? "")) found.push(`script: ${script.textContent}`);
    }
    return found;
  });
}

async function expectNothingRuns(page: Page, watched: { dialogs: string[] }, where: string) {
  // Give event handlers that fire on load (onerror, onload, ontoggle) their chance first.
  await page.waitForLoadState("load");
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await injectedThings(page), `${where}: injected elements or attributes`).toEqual([]);
  expect(watched.dialogs, `${where}: dialogs`).toEqual([]);
}

test("the public ranking, the city page and its neighbour show the hostile city as harmless text", async ({ page }) => {
  const watched = watchForScript(page);
  await page.goto("/");
  const ranking = page.getByTestId("ranking");
  await expect(ranking.getByRole("heading", { name: hostileCity.name })).toBeVisible();
  await expect(ranking.getByText(hostileCity.summary)).toBeVisible();
  await expectNothingRuns(page, watched, "/");

  // The FAQ on the same page: the question as text, the answer sanitised.
  const question = page.getByText(hostileFaq.question);
  await expect(question).toBeVisible();
  await question.click();
  await expect(page.getByText("FAQ marker answer.")).toBeVisible();
  await expectNothingRuns(page, watched, "/ with the FAQ answer open");

  await page.goto(`/cities/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostileCity.name);
  await expect(page.getByText(hostileCity.country, { exact: true })).toBeVisible();
  await expect(page.getByText("Profile marker paragraph.")).toBeVisible();
  await expect(page.getByText("a javascript link")).toBeVisible();
  await page.getByText("Hover me").hover();
  await expectNothingRuns(page, watched, `/cities/${slug}`);
  // The JSON-LD holds the name as data, and still parses: nothing closed its script element.
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(jsonLd.map((text) => JSON.parse(text) as { name?: string }).some((data) => data.name === hostileCity.name)).toBe(true);

  // The city ranked just above links to it by name.
  const [{ rank }] = (await queryTestDatabase<{ rank: number }>(`SELECT rank FROM "City" WHERE id = $1`, [cityId])) as [{ rank: number }];
  const [neighbour] = await queryTestDatabase<{ slug: string }>(`SELECT slug FROM "City" WHERE rank = $1`, [rank - 1]);
  await page.goto(`/cities/${neighbour!.slug}`);
  await expect(page.getByRole("link", { name: new RegExp(hostileCity.name.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })).toBeVisible();
  await expectNothingRuns(page, watched, `/cities/${neighbour!.slug}`);
});

test("the dashboard's lists, editors, previews and activity show the hostile content as harmless text", async ({ page }) => {
  const watched = watchForScript(page);
  await page.goto("/admin/cities");
  await expect(page.getByText(hostileCity.name).first()).toBeVisible();
  await expectNothingRuns(page, watched, "/admin/cities");

  await page.goto(`/admin/cities/${cityId}`);
  await expect(page.getByRole("textbox", { name: "Name" })).toHaveValue(hostileCity.name);
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue(hostileCity.summary);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Profile marker paragraph.")).toBeVisible();
  await page.getByText("Hover me").hover();
  await expectNothingRuns(page, watched, `/admin/cities/${cityId} (preview)`);

  await page.goto("/admin/faq");
  await expect(page.getByText(hostileFaq.question).first()).toBeVisible();
  await expectNothingRuns(page, watched, "/admin/faq");

  await page.goto(`/admin/faq/${faqId}`);
  await expect(page.getByRole("textbox", { name: "Question" })).toHaveValue(hostileFaq.question);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("FAQ marker answer.")).toBeVisible();
  await expectNothingRuns(page, watched, `/admin/faq/${faqId} (preview)`);

  await page.goto(`/admin/activity?type=city&record=${cityId}`);
  const created = page.getByTestId("activity-list").getByRole("listitem").first();
  await expect(created).toContainText(hostileCity.name.slice(0, 40));
  await created.getByText(/Changes/).click();
  await expectNothingRuns(page, watched, "/admin/activity");
});

test("the trash lists show a trashed hostile city and FAQ entry as harmless text", async ({ page, request }) => {
  const watched = watchForScript(page);
  for (const [path, table, id] of [
    [`/api/editor/cities/${cityId}`, "City", cityId],
    [`/api/editor/faq/${faqId}`, "FaqEntry", faqId],
  ] as const) {
    const [row] = await queryTestDatabase<{ version: number }>(`SELECT version FROM "${table}" WHERE id = $1`, [id]);
    expect((await request.delete(path, { data: { version: row!.version } })).status()).toBe(200);
  }
  await page.goto("/admin/cities/trash");
  await expect(page.getByText(hostileCity.name).first()).toBeVisible();
  await expectNothingRuns(page, watched, "/admin/cities/trash");
  await page.goto("/admin/faq/trash");
  await expect(page.getByText(hostileFaq.question).first()).toBeVisible();
  await expectNothingRuns(page, watched, "/admin/faq/trash");
});
