import "server-only";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import { isPreview } from "../preview/is-preview";

/**
 * The year of the edition readers are shown instead of the live rows: the copy kept while the next
 * edition is prepared (lib/editions/mutations.ts), or null when the live rows are public. The
 * public reads (lib/cities/queries.ts, lib/faq/queries.ts, lib/listing/queries.ts) ask it first, so
 * every public page, sitemap and API answer shows the same edition. An editor's preview gets null:
 * it shows the edition being prepared, on the public design.
 */
export const frozenEditionForReaders = cache(async (): Promise<number | null> => {
  if (await isPreviewRequest()) return null;
  const edition = await db.edition.findFirst({ where: { status: "public" }, select: { year: true } });
  return edition?.year ?? null;
});

/**
 * Whether this is an editor's preview. Where there is no request to ask (generateStaticParams at
 * build time, scripts, tests), draftMode() throws a plain error, and the answer is no; Next's own
 * control-flow errors (a page turning dynamic, a redirect) go on up.
 */
async function isPreviewRequest(): Promise<boolean> {
  try {
    return await isPreview();
  } catch (error) {
    unstable_rethrow(error);
    return false;
  }
}
