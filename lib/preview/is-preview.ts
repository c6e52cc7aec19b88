import "server-only";
import { draftMode } from "next/headers";

/**
 * Whether this request is an editor's preview: Next's draft mode is on. Its cookie is httpOnly,
 * holds a secret Next draws anew at every build, and is set only by /api/editor/preview for a
 * signed-in editor; signing out deletes it (lib/auth/options.ts). The public pages are
 * `force-static`, which hides the session from them, so the cookie is the proof (docs/security.md).
 * Draft mode makes Next render the page for this request alone, answered `Cache-Control: private,
 * no-store`: a preview never enters Next's cache or a shared one (deploy/nginx.conf passes such
 * requests by as well).
 */
export async function isPreview(): Promise<boolean> {
  return (await draftMode()).isEnabled;
}
