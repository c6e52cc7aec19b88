"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import type { Result } from "@/lib/result";

/** Cancels one pending schedule (the Scheduled page's rows). */
export function CancelScheduleButton({
  scheduleId,
  title,
  cancel,
}: {
  scheduleId: number;
  title: string;
  cancel: (input: { scheduleId: number }) => Promise<Result<{ scheduleId: number }>>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<StatusMessageValue | null>(null);
  const [isCancelling, startCancelling] = useTransition();
  return (
    <>
      <Button
        isPending={isCancelling}
        aria-label={`Cancel the schedule of ${title}`}
        onClick={() =>
          startCancelling(async () => {
            const result = await cancel({ scheduleId });
            // A refusal keeps the row, so its message is read where it was asked (a refresh would drop both).
            if (!result.ok) setMessage({ tone: "error", text: result.message });
            else router.refresh();
          })
        }
      >
        Cancel
      </Button>
      <StatusMessage message={message} />
    </>
  );
}
