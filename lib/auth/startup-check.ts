import { productionSecretProblem } from "./secret";
import { productionUrlProblem } from "./site-url";

/**
 * A production server without a proper secret would sign forgeable sessions, and one on plain http
 * would send passwords and session cookies in the clear: it does not start.
 */
export function refuseProductionWithoutSecret() {
  if (process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  const problem = productionSecretProblem() ?? productionUrlProblem();
  if (problem) {
    console.error(`Refusing to start: ${problem}`);
    process.exit(1);
  }
}
