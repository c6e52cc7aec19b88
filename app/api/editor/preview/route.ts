import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { currentEditor, PASSWORD_CHANGE_PATH } from "@/lib/auth/session";
import { previewHref, previewPath } from "@/lib/preview/paths";

export const dynamic = "force-dynamic";

/**
 * GET /api/editor/preview?path=/cities/jakarta: for a signed-in editor, turns on Next's draft mode
 * (an httpOnly cookie) and opens the page, drafts included. Anyone else is sent to sign in first,
 * and an editor whose password was set by someone else to choose their own, as every dashboard page does.
 */
export async function GET(request: Request) {
  const path = previewPath(new URL(request.url).searchParams.get("path"));
  const editor = await currentEditor();
  if (!editor) redirect(`/login?${new URLSearchParams({ callbackUrl: previewHref(path) })}`);
  if (editor.mustChangePassword) redirect(PASSWORD_CHANGE_PATH);
  (await draftMode()).enable();
  redirect(path);
}
