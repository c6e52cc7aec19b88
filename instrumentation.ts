/** Runs once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { refuseProductionWithoutSecret } = await import("./lib/auth/startup-check");
    refuseProductionWithoutSecret();
  }
}
