/**
 * What a mutation answers. Expected failures are values the form or the API renders; anything
 * unexpected is thrown. `reason` maps to an HTTP status in the JSON API (see httpStatusOf).
 */
export type FailureReason = "invalid" | "stale" | "not-found" | "conflict" | "unauthorized" | "forbidden" | "unavailable";

export type Failure = {
  ok: false;
  reason: FailureReason;
  /** A sentence for editors: what happened and what to do. */
  message: string;
  /** Every field's messages, keyed by the field's name in the form (nested paths joined with "."). */
  fieldErrors?: Record<string, string[]>;
  /** On "stale": the version the record or list has now, so a client can reload and retry. */
  currentVersion?: number;
};

export type Result<T = undefined> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (reason: FailureReason, message: string, extra: Omit<Failure, "ok" | "reason" | "message"> = {}): Failure => ({
  ok: false,
  reason,
  message,
  ...extra,
});

const STATUS: Record<FailureReason, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  stale: 409,
  conflict: 409,
  unavailable: 503,
};
export const httpStatusOf = (failure: Failure): number => STATUS[failure.reason];

/** zod issues as field errors: every message of every field, not only the first. */
export function fieldErrorsOf(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
