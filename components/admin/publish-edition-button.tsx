"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import type { Result } from "@/lib/result";

/** Publishes the edition in preparation after asking: readers see it at once, and the one they saw becomes an archive. */
export function PublishEditionButton({
  year,
  shownYear,
  publishEdition,
}: {
  year: number;
  shownYear: number;
  publishEdition: (input: { year: number }) => Promise<Result<{ year: number; archived: number }>>;
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<StatusMessageValue | null>(null);
  const publish = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await publishEdition({ year });
      if (!result.ok) {
        setMessage({ tone: "error", text: result.message });
        return;
      }
      setMessage({ tone: "success", text: `The ${year} edition is published. The ${shownYear} edition is archived at /${shownYear}.` });
      router.refresh();
    });
  return (
    <>
      <ConfirmButton
        title={`Publish the ${year} edition?`}
        body={
          <p>
            Readers see the {year} ranking, FAQ and page text at once, with each city&rsquo;s move since {shownYear}. The {shownYear} edition becomes an archive
            at /{shownYear}. This cannot be undone.
          </p>
        }
        confirmLabel={`Publish ${year}`}
        onConfirm={publish}
        disabled={isPending}
      >
        {isPending ? "Publishing…" : `Publish the ${year} edition`}
      </ConfirmButton>
      <StatusMessage message={message} />
    </>
  );
}
