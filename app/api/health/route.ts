import { publicHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: 200 `{ "status": "ok" }`, or 503 `{ "status": "unavailable" }` (the reason goes to the server's log). */
export async function GET() {
  const health = await publicHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
