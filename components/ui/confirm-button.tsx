"use client";

import { useId, useRef, type ReactNode } from "react";

type Props = {
  /** The button that opens the question. */
  children: ReactNode;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  tone?: "danger" | "default";
};

/** A button that asks first, in a modal <dialog> (focus is trapped and Escape cancels, natively). */
export function ConfirmButton({ children, title, body, confirmLabel, onConfirm, disabled, tone = "default" }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        className="admin-button"
        data-variant={tone === "danger" ? "danger" : undefined}
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
      >
        {children}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="confirm-dialog">
        <h2 id={titleId}>{title}</h2>
        <div>{body}</div>
        <div className="form-actions">
          <button type="button" className="admin-button" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button
            type="button"
            className="admin-button"
            data-variant={tone === "danger" ? "danger" : "primary"}
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
