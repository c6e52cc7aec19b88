import { productionSecretProblem } from "./secret";
import { productionUrlProblem } from "./site-url";

/** Why a production server must not start with this environment, besides the secret (shared by `next start` and `npm start`). */
export function productionStartProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  return productionUrlProblem(env);
}

/**
 * A production server without a proper secret would sign forgeable sessions, and one without an
 * explicit https NEXTAUTH_URL would send passwords and session cookies in the clear: it does not start.
 */
export function refuseProductionWithoutSecret() {
  if (process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  const problem = productionSecretProblem() ?? productionStartProblem();
  if (problem) {
    console.error(`Refusing to start: ${problem}`);
    process.exit(1);
  }
}
