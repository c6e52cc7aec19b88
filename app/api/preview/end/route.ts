import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { previewPath } from "@/lib/preview/paths";

export const dynamic = "force-dynamic";

/** GET /api/preview/end?path=/: ends the preview (deletes draft mode's cookie) and shows the page as readers see it. */
export async function GET(request: Request) {
  (await draftMode()).disable();
  redirect(previewPath(new URL(request.url).searchParams.get("path")));
}
