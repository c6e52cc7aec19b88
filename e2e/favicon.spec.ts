import { expect, test, type ConsoleMessage } from "@playwright/test";
import { storedPublishedCities } from "./helpers/public-site";

// The site's icons (app/icon.svg, app/apple-icon.png, app/favicon.ico): a page view asks for them,
// and a missing one, or one the page's Content-Security-Policy refuses, shows as a console error.

test("a public page view loads the site's icon and logs no console error", async ({ page, request }) => {
  const city = (await storedPublishedCities())[0]!;
  for (const path of ["/", `/cities/${city.slug}`]) {
    const errors: string[] = [];
    const collect = (message: ConsoleMessage) => {
      if (message.type() === "error") errors.push(message.text());
    };
    page.on("console", collect);
    page.on("pageerror", (error) => errors.push(error.message));
    const iconResponse = page.waitForResponse((response) => /\/(icon|favicon)[^/]*$/.test(new URL(response.url()).pathname.split("?")[0]!));
    await page.goto(path);
    expect((await iconResponse).status(), `${path}: the icon the browser asked for`).toBe(200);
    // Console errors arrive asynchronously: wait until the page and everything it asked for has settled.
    await page.waitForLoadState("networkidle");
    page.off("console", collect);
    expect(errors, `${path}: console errors`).toEqual([]);
  }

  await page.goto("/");
  const links = await page
    .locator('link[rel="icon"], link[rel="apple-touch-icon"]')
    .evaluateAll((elements) => elements.map((element) => (element as HTMLLinkElement).href));
  expect(links.map((href) => new URL(href).pathname)).toEqual(expect.arrayContaining(["/icon.svg", "/apple-icon.png", "/favicon.ico"]));
  for (const href of links) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toMatch(/^image\//);
  }
  // Clients that do not read the page (a JSON answer opened in a tab) ask for /favicon.ico.
  expect((await request.get("/favicon.ico")).status()).toBe(200);
});

test("the icons leave the public pages static", async ({ request }) => {
  await request.get("/");
  expect((await request.get("/")).headers()["x-nextjs-cache"]).toBe("HIT");
});
