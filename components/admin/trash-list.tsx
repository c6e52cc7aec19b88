"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import formLayout from "@/components/ui/form.module.css";
import { FormAlert } from "@/components/ui/status-message";
import { Table } from "@/components/ui/table";
import { formatTimestamp } from "@/lib/format-date";
import type { Result } from "@/lib/result";

export type TrashedRow = { id: number; title: string; detail: string; deletedAt: string; deletedBy: string | null };
type Action = (input: { id: number }) => Promise<Result<unknown>>;

/** Trashed entries with Restore (back to their old place) and Delete for good (asks first). */
export function TrashList({ rows, restore, deleteForever, noun }: { rows: TrashedRow[]; restore: Action; deleteForever: Action; noun: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [isSaving, startSaving] = useTransition();

  function run(work: () => Promise<Result<unknown>>, success: string) {
    startSaving(async () => {
      const result = await work();
      setMessage(result.ok ? { tone: "success", text: success } : { tone: "error", text: result.message });
      router.refresh();
    });
  }

  return (
    <>
      <FormAlert role="status" aria-live="polite" tone={message?.tone}>
        {message?.text}
      </FormAlert>
      {rows.length === 0 ? (
        <p>The trash is empty.</p>
      ) : (
        <Table>
          <caption className="visually-hidden">{`${noun} in the trash`}</caption>
          <thead>
            <tr>
              <th scope="col">{noun}</th>
              <th scope="col">Trashed</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  {row.title}
                  <br />
                  <small>{row.detail}</small>
                </th>
                <td>
                  <time dateTime={row.deletedAt}>{formatTimestamp(row.deletedAt)}</time>
                  {row.deletedBy ? ` by ${row.deletedBy}` : ""}
                </td>
                <td className={formLayout.actions}>
                  <Button disabled={isSaving} onClick={() => run(() => restore({ id: row.id }), `${row.title} is restored.`)}>
                    Restore {row.title}
                  </Button>
                  <ConfirmButton
                    tone="danger"
                    disabled={isSaving}
                    title={`Delete ${row.title} for good?`}
                    body={<p>This cannot be undone. Its history stays in the activity log.</p>}
                    confirmLabel="Delete for good"
                    onConfirm={() => run(() => deleteForever({ id: row.id }), `${row.title} is deleted.`)}
                  >
                    Delete {row.title} for good
                  </ConfirmButton>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
