import { databaseHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: 200 when the app can reach its database, 503 when not. */
export async function GET() {
  const database = await databaseHealth();
  const isHealthy = database.status === "ok";
  return Response.json(
    { status: isHealthy ? "ok" : "unavailable", database },
    { status: isHealthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
