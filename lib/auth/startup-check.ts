import { productionSecretProblem } from "./secret";

/** A production server without a proper secret would sign forgeable sessions: it does not start. */
export function refuseProductionWithoutSecret() {
  if (process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  const problem = productionSecretProblem();
  if (problem) {
    console.error(`Refusing to start: ${problem}`);
    process.exit(1);
  }
}
