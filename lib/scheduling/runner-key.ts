import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "../auth/secret";

/** The header the schedule runner's own request carries (lib/scheduling/runner.ts). */
export const RUNNER_KEY_HEADER = "x-schedule-runner-key";

/** A key only this app's instances know (derived from NEXTAUTH_SECRET), or null without a secret. */
export function scheduleRunnerKey(env: NodeJS.ProcessEnv = process.env): string | null {
  const secret = authSecret(env);
  return secret ? createHmac("sha256", secret).update("publish-due-schedules").digest("hex") : null;
}

/** Whether a request bears the key, compared in constant time. */
export function bearsRunnerKey(request: Request): boolean {
  const key = scheduleRunnerKey();
  const sent = request.headers.get(RUNNER_KEY_HEADER);
  if (!key || !sent || sent.length !== key.length) return false;
  return timingSafeEqual(Buffer.from(sent), Buffer.from(key));
}
