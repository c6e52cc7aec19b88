"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import formLayout from "@/components/ui/form.module.css";
import { FormAlert } from "@/components/ui/status-message";
import type { Result } from "@/lib/result";
import styles from "./status-controls.module.css";

type Props = {
  entry: {
    id: number;
    title: string;
    version: number;
    status: "DRAFT" | "PUBLISHED";
    position: number | null;
    plannedPosition: number | null;
    publicHref: string | null;
  };
  /** "rank" for cities, "position" for FAQ entries. */
  place: string;
  trashHref: string;
  setStatus: (input: { id: number; version: number; status: "DRAFT" | "PUBLISHED" }) => Promise<Result<unknown>>;
  trash: (input: { id: number; version: number }) => Promise<Result<unknown>>;
};

/** Publish, unpublish and move to the trash, each saved at once and reported in words. */
export function StatusControls({ entry, place, trashHref, setStatus, trash }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [isSaving, startSaving] = useTransition();
  const isPublished = entry.status === "PUBLISHED";

  function run(work: () => Promise<Result<unknown>>, success: string, after?: () => void) {
    startSaving(async () => {
      const result = await work();
      setMessage(result.ok ? { tone: "success", text: success } : { tone: "error", text: result.message });
      if (result.ok && after) after();
      else router.refresh();
    });
  }

  const changeStatus = (status: "DRAFT" | "PUBLISHED", success: string) => run(() => setStatus({ id: entry.id, version: entry.version, status }), success);

  return (
    <section className={styles.controls} aria-labelledby="status-heading">
      <h2 id="status-heading">Status</h2>
      <p>
        {isPublished ? (
          <>
            Published at {place} {entry.position}. {entry.publicHref ? <a href={entry.publicHref}>View on the site</a> : null}
          </>
        ) : (
          <>Draft: not public. Publishing puts it at {entry.plannedPosition ? `${place} ${entry.plannedPosition}` : "the end of the list"}.</>
        )}
      </p>
      <div className={formLayout.actions}>
        {isPublished ? (
          <Button disabled={isSaving} onClick={() => changeStatus("DRAFT", `${entry.title} is now a draft; the entries below it moved up.`)}>
            Unpublish
          </Button>
        ) : (
          <Button variant="primary" disabled={isSaving} onClick={() => changeStatus("PUBLISHED", `${entry.title} is published.`)}>
            Publish
          </Button>
        )}
        <ConfirmButton
          tone="danger"
          disabled={isSaving}
          title={`Move ${entry.title} to the trash?`}
          body={
            <p>
              {isPublished ? `It leaves the public list and the entries below ${place} ${entry.position} move up one. ` : ""}You can restore it from the trash.
            </p>
          }
          confirmLabel="Move to trash"
          onConfirm={() =>
            run(
              () => trash({ id: entry.id, version: entry.version }),
              `${entry.title} is in the trash.`,
              () => router.push(trashHref),
            )
          }
        >
          Move to trash
        </ConfirmButton>
      </div>
      <FormAlert role="status" aria-live="polite" tone={message?.tone}>
        {message?.text}
      </FormAlert>
    </section>
  );
}
