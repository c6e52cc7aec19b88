import type { ComponentProps, ReactNode } from "react";
import styles from "./status-message.module.css";

/**
 * Where a form or a control reports what happened, announced by screen readers.
 *
 *   const [message, setMessage] = useState<StatusMessageValue | null>(null);
 *   <StatusMessage message={message} />
 *   setMessage({ tone: "error", text: result.message });      // announced at once (role="alert")
 *   setMessage({ tone: "success", text: "Saved." });          // announced politely (role="status")
 *
 * Render it from the first paint (with `message={null}`): a polite live region only announces
 * changes to a region that already exists. Errors get a fresh role="alert" element, which is
 * announced reliably.
 */
export type StatusMessageValue = { tone: "error" | "success" | "info"; text: ReactNode };

export function StatusMessage({ message, id }: { message: StatusMessageValue | null; id?: string }) {
  const isError = message?.tone === "error";
  return (
    <div id={id}>
      <div role="status" aria-atomic="true">
        {message && !isError ? <FormAlert tone={message.tone}>{message.text}</FormAlert> : null}
      </div>
      {message && isError ? (
        <FormAlert role="alert" tone="error">
          {message.text}
        </FormAlert>
      ) : null}
    </div>
  );
}

/** The box a message is shown in, for a region that manages its own role (hidden while empty). */
export function FormAlert({ tone, ...rest }: ComponentProps<"div"> & { tone?: StatusMessageValue["tone"] }) {
  return <div {...rest} className={styles.alert} data-tone={tone} />;
}
