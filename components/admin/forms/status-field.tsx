import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";

/** An empty number box means "not given" (the end of the list), not 0. */
export const optionalNumber = (value: unknown) => (value === "" || value === null || value === undefined ? undefined : Number(value));

/** Draft or published, for a new city or FAQ entry. */
export function StatusField({ registration, error }: { registration: UseFormRegisterReturn; error?: string }) {
  return (
    <Field label="Status" error={error}>
      {(control) => (
        <select {...control} {...registration}>
          <option value="DRAFT">Draft (not public)</option>
          <option value="PUBLISHED">Published</option>
        </select>
      )}
    </Field>
  );
}
