import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Every published change can move ranks, previous/next links, counts, the sitemap and the JSON API,
 * so the whole public site is marked stale at once: each page regenerates on its next view, then is
 * static again. Called by every server action and route handler that changes published content.
 */
export function revalidatePublicSite(): void {
  revalidatePath("/", "layout");
}
