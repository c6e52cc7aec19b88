"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import type { Result } from "@/lib/result";

type Props = {
  number: number;
  /** The record's version when the page was read: a restore after someone else's save is refused (409). */
  version: number;
  /** The record's id, for cities and FAQ entries (the page text has none). */
  id?: number;
  restore: (input: { id?: number; number: number; version: number }) => Promise<Result<unknown>>;
  /** Where the history shows the restore it just made. */
  restoredHref: string;
};

/** Asks first, then saves an older revision's text as the newest revision. */
export function RestoreRevisionButton({ number, version, id, restore, restoredHref }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<StatusMessageValue | null>(null);
  const [isRestoring, startRestoring] = useTransition();
  return (
    <>
      <ConfirmButton
        disabled={isRestoring}
        title={`Restore revision ${number}?`}
        body={<p>Its text becomes the current text, saved as a new revision. Nothing is lost: today&apos;s text stays in the history.</p>}
        confirmLabel={`Restore revision ${number}`}
        onConfirm={() =>
          startRestoring(async () => {
            const result = await restore({ ...(id === undefined ? {} : { id }), number, version });
            if (result.ok) {
              router.push(restoredHref);
              return;
            }
            setMessage({ tone: "error", text: result.message });
            router.refresh();
          })
        }
      >
        Restore revision {number}
      </ConfirmButton>
      <StatusMessage message={message} />
    </>
  );
}
