import { expect, test } from "@playwright/test";
import { e2eUsers, signInThroughApi, signInThroughForm, signedInAs, signedOut } from "./helpers/auth";
import { queryTestDatabase } from "./helpers/database";
import { publicSiteFixtures } from "./helpers/fixtures";
import { createThrowawayUser, deleteThrowawayUsers } from "./helpers/throwaway-users";

// The draft city of the fixtures (e2e/helpers/fixtures.ts) is never public; an editor's preview shows it.
const draft = publicSiteFixtures.draftCity;

test.afterAll(deleteThrowawayUsers);

test.describe("an editor", () => {
  test.use(signedInAs.editor);

  test("previews a draft city on the public design, then ends the preview and readers' pages are as before", async ({ page, browser }) => {
    await page.goto("/admin/cities?q=draft-city-e2e");
    await page.getByRole("link", { name: draft.name }).first().click();
    await page.getByRole("link", { name: "Preview this draft on the site" }).click();

    await expect(page).toHaveURL(new RegExp(`/cities/${draft.slug}$`));
    await expect(page.getByRole("region", { name: "Preview" })).toContainText("You see drafts as readers will once they are published");
    await expect(page.getByRole("heading", { level: 1, name: draft.name })).toBeVisible();
    await expect(page.getByText("Draft: takes rank 16 when published")).toBeVisible();
    const answer = await page.request.get(`/cities/${draft.slug}`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()["cache-control"]).toMatch(/private|no-store/);
    expect(answer.headers()["cache-control"]).not.toMatch(/s-maxage/);

    await page.goto("/");
    await expect(page.getByRole("region", { name: "Drafts, not yet published" })).toContainText(draft.name);

    // Meanwhile a reader gets the published pages only: the preview never entered a cache.
    const reader = await browser.newContext({ storageState: signedOut.storageState });
    const readerPage = await reader.newPage();
    expect((await readerPage.goto(`/cities/${draft.slug}`))?.status()).toBe(404);
    await readerPage.goto("/");
    await expect(readerPage.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(readerPage.getByText(draft.name)).toHaveCount(0);
    const sitemap = await readerPage.request.get("/sitemap/0.xml");
    expect(await sitemap.text()).not.toContain(draft.slug);
    await reader.close();

    // The preview link opens public pages only, even for an editor.
    for (const path of ["//evil.example", "https://evil.example/", "/admin/users", "/api/editor/content"]) {
      const response = await page.request.get(`/api/editor/preview?path=${encodeURIComponent(path)}`, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toMatch(/^(http:\/\/[^/]+)?\/$/);
    }

    await page.getByRole("link", { name: "End the preview" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "Preview" })).toHaveCount(0);
    expect((await page.request.get(`/cities/${draft.slug}`)).status()).toBe(404);
  });
});

test.describe("someone not signed in", () => {
  test.use(signedOut);

  test("is sent to sign in by the preview link; an editor's preview ends when they sign out", async ({ page }) => {
    await page.goto(`/api/editor/preview?path=/cities/${draft.slug}`);
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    // Signing in there opens the preview it asked for (a session of its own: signing out ends only this one).
    await signInThroughForm(page, e2eUsers.editor);
    await expect(page.getByRole("heading", { level: 1, name: draft.name })).toBeVisible();
    expect((await page.context().cookies()).map((cookie) => cookie.name)).toContain("__prerender_bypass");

    await page.goto("/admin");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain("__prerender_bypass");
    expect((await page.goto(`/cities/${draft.slug}`))?.status()).toBe(404);
  });

  test("an editor whose password was set by someone else must choose their own before any preview", async ({ page }) => {
    const user = await createThrowawayUser();
    await queryTestDatabase(`UPDATE "User" SET "mustChangePassword" = true WHERE id = $1`, [user.id]);
    await signInThroughApi(page.request, user);
    await page.goto(`/api/editor/preview?path=/cities/${draft.slug}`);
    await expect(page).toHaveURL(/\/admin\/account$/);
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain("__prerender_bypass");
    expect((await page.goto(`/cities/${draft.slug}`))?.status()).toBe(404);
  });

  test("cannot use the preview link to leave the site", async ({ request }) => {
    for (const path of ["//evil.example", "https://evil.example/", "/admin/users"]) {
      const response = await request.get(`/api/preview/end?path=${encodeURIComponent(path)}`, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toMatch(/^(http:\/\/[^/]+)?\/$/);
    }
  });
});
