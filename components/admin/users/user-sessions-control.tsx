"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import formLayout from "@/components/ui/form.module.css";
import type { OpenSession } from "@/lib/auth/server-sessions";
import type { Result } from "@/lib/result";
import { SessionList } from "./session-list";

type Props = {
  user: { id: number; email: string };
  sessions: OpenSession[];
  endSessions: (input: { userId: number; sessionId?: string }) => Promise<Result<{ id: number; endedSessions: number }>>;
};

/** The admins' view of a user's open sessions: end one, or all of them. */
export function UserSessionsControl({ user, sessions, endSessions }: Props) {
  const router = useRouter();
  const [isSaving, startSaving] = useTransition();
  const [message, setMessage] = useState<StatusMessageValue | null>(null);

  const end = (sessionId?: string) =>
    startSaving(async () => {
      setMessage(null);
      const result = await endSessions({ userId: user.id, ...(sessionId ? { sessionId } : {}) });
      if (!result.ok) {
        setMessage({ tone: "error", text: result.message });
        return;
      }
      const count = result.value.endedSessions;
      setMessage({ tone: "success", text: `Ended ${count === 1 ? "1 session" : `${count} sessions`} of ${user.email}.` });
      router.refresh();
    });

  return (
    <>
      <SessionList
        sessions={sessions}
        actionFor={(session) => (
          <Button size="small" isPending={isSaving} onClick={() => end(session.id)}>
            End session
          </Button>
        )}
      />
      {sessions.length > 0 ? (
        <div className={formLayout.actions}>
          <ConfirmButton
            tone="danger"
            title={`End every session of ${user.email}?`}
            body={<p>Every browser and script signed in as them is signed out at once. They can sign in again.</p>}
            confirmLabel="End all sessions"
            disabled={isSaving}
            onConfirm={() => end()}
          >
            End all sessions
          </ConfirmButton>
        </div>
      ) : null}
      <StatusMessage message={message} />
    </>
  );
}
