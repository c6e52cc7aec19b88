"use client";

import { useId, useRef, type ReactNode } from "react";
import { Button } from "./button";
import styles from "./confirm-button.module.css";
import formLayout from "./form.module.css";

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
      <Button variant={tone} disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {children}
      </Button>
      <dialog ref={dialog} aria-labelledby={titleId} className={styles.dialog}>
        <h2 id={titleId}>{title}</h2>
        <div>{body}</div>
        <div className={`${formLayout.actions} ${styles.answers}`}>
          <Button autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <Button
            variant={tone === "danger" ? "danger" : "primary"}
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
