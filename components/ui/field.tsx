import { useId, type ReactNode } from "react";
import styles from "./field.module.css";

type FieldProps = {
  label: string;
  /** The field's error from react-hook-form or the server; shown under the field and announced. */
  error?: string;
  description?: ReactNode;
  /** Renders the control with the ids that tie it to its label, description and error. */
  children: (control: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
};

/** A labelled form control with an optional description and its error message (shared by every form). */
export function Field({ label, error, description, children }: FieldProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={styles.field} data-invalid={error ? "" : undefined}>
      <label htmlFor={id}>{label}</label>
      {description ? (
        <p id={descriptionId} className={styles.description}>
          {description}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, ...(error ? { "aria-invalid": true as const } : {}) })}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}

/** An error in the field's style, for a control that is not a Field (a group of radio buttons, a preview). */
export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className={styles.error}>
      {children}
    </p>
  );
}
