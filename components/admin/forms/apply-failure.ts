import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { Failure } from "@/lib/result";

/** Puts every field error of a refused save next to its field; returns the message for the form's alert. */
export function applyFailure<T extends FieldValues>(failure: Failure, setError: UseFormSetError<T>, fieldNames: readonly string[]): string {
  for (const [field, messages] of Object.entries(failure.fieldErrors ?? {})) {
    if (fieldNames.includes(field)) setError(field as Path<T>, { type: "server", message: messages.join(" ") });
  }
  return failure.message;
}
