import type { ReactNode } from "react";

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
 * announced reliably. Styled by .form-alert in components/admin/admin.css.
 */
export type StatusMessageValue = { tone: "error" | "success" | "info"; text: ReactNode };

export function StatusMessage({ message, id }: { message: StatusMessageValue | null; id?: string }) {
  const isError = message?.tone === "error";
  return (
    <div id={id}>
      <div role="status" aria-atomic="true">
        {message && !isError ? (
          <div className="form-alert" data-tone={message.tone}>
            {message.text}
          </div>
        ) : null}
      </div>
      {message && isError ? (
        <div role="alert" className="form-alert" data-tone="error">
          {message.text}
        </div>
      ) : null}
    </div>
  );
}
