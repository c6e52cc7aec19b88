import { db } from "@/lib/db";
import { revalidatePublicSite } from "@/lib/revalidate";
import { publishDueSchedules } from "@/lib/scheduling/run";
import { bearsRunnerKey } from "@/lib/scheduling/runner-key";

export const dynamic = "force-dynamic";

/**
 * POST /api/internal/publish-due: the schedule runner's call (lib/scheduling/runner.ts), answered
 * only when it bears the instances' key; anyone else gets a 404. Publishes what is due, then
 * refreshes the public pages.
 */
export async function POST(request: Request): Promise<Response> {
  if (!bearsRunnerKey(request)) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  const published = await publishDueSchedules(db);
  if (published > 0) revalidatePublicSite();
  return Response.json({ published }, { headers: { "Cache-Control": "no-store" } });
}
