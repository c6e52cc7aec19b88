import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { currentEditor } from "@/lib/auth/session";
import { previewHref, previewPath } from "@/lib/preview/paths";

export const dynamic = "force-dynamic";

/**
 * GET /api/editor/preview?path=/cities/jakarta: for a signed-in editor, turns on Next's draft mode
 * (an httpOnly cookie) and opens the page, drafts included. Anyone else is sent to sign in first.
 */
export async function GET(request: Request) {
  const path = previewPath(new URL(request.url).searchParams.get("path"));
  if (!(await currentEditor())) redirect(`/login?${new URLSearchParams({ callbackUrl: previewHref(path) })}`);
  (await draftMode()).enable();
  redirect(path);
}
