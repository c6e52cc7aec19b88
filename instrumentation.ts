/** Runs once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { refuseProductionWithoutSecret } = await import("./lib/auth/startup-check");
    refuseProductionWithoutSecret();
    // Not while `next build` prerenders: only a serving instance publishes what is due.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startScheduleRunner } = await import("./lib/scheduling/runner");
      startScheduleRunner();
    }
  }
}
