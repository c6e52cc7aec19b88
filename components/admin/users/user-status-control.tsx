"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import formLayout from "@/components/ui/form.module.css";
import type { Result } from "@/lib/result";

type Props = {
  user: { id: number; email: string; isDisabled: boolean };
  isSelf: boolean;
  setDisabled: (input: { userId: number; isDisabled: boolean }) => Promise<Result<{ id: number }>>;
};

/** Disable (after a confirmation: it signs them out at once) or enable an account. */
export function UserStatusControl({ user, isSelf, setDisabled }: Props) {
  const router = useRouter();
  const [isSaving, startSaving] = useTransition();
  const [message, setMessage] = useState<StatusMessageValue | null>(null);

  const change = (isDisabled: boolean) =>
    startSaving(async () => {
      setMessage(null);
      const result = await setDisabled({ userId: user.id, isDisabled });
      if (!result.ok) {
        setMessage({ tone: "error", text: result.message });
        return;
      }
      setMessage({ tone: "success", text: isDisabled ? `${user.email} is disabled and signed out everywhere.` : `${user.email} can sign in again.` });
      router.refresh();
    });

  return (
    <>
      <p>
        {user.isDisabled
          ? "This account is disabled: it cannot sign in."
          : isSelf
            ? "This is your own account. Another admin can disable it if needed."
            : "This account can sign in."}
      </p>
      <div className={formLayout.actions}>
        {user.isDisabled ? (
          <Button isPending={isSaving} onClick={() => change(false)}>
            {isSaving ? "Enabling…" : "Enable account"}
          </Button>
        ) : isSelf ? null : (
          <ConfirmButton
            tone="danger"
            title={`Disable ${user.email}?`}
            body={<p>They are signed out at once and cannot sign in until an admin enables the account again. Their past changes stay.</p>}
            confirmLabel="Disable account"
            disabled={isSaving}
            onConfirm={() => change(true)}
          >
            {isSaving ? "Disabling…" : "Disable account"}
          </ConfirmButton>
        )}
      </div>
      <StatusMessage message={message} />
    </>
  );
}
