import "server-only";
import { revalidatePath } from "next/cache";
import type { Result } from "./result";

/**
 * Every published change can move ranks, previous/next links, counts, the sitemap and the JSON API,
 * so the whole public site is marked stale at once: each page regenerates on its next view, then is
 * static again. Called by every server action and route handler that changes published content.
 *
 * The root layout's path covers everything Next caches for the site, not only pages: every cached
 * response carries the soft tag of the root layout, so this also refreshes the static route handlers
 * (GET /api/cities, /api/cities/[slug], /api/faq), sitemap.xml, and the cached 404 pages and
 * redirects of unknown, draft and renamed city slugs (a draft that is published answers 200 at once).
 */
export function revalidatePublicSite(): void {
  revalidatePath("/", "layout");
}

/** Runs a mutation and refreshes the public site when it was accepted: what every action and route does. */
export async function revalidatingPublicSite<T>(mutation: Promise<Result<T>>): Promise<Result<T>> {
  const result = await mutation;
  if (result.ok) revalidatePublicSite();
  return result;
}

/** For the imports: refreshes the public site only when the import was applied (a preview changes nothing). */
export async function revalidatingWhenApplied<T extends { applied: boolean }>(mutation: Promise<Result<T>>): Promise<Result<T>> {
  const result = await mutation;
  if (result.ok && result.value.applied) revalidatePublicSite();
  return result;
}
