"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ScriptForm } from "@/components/ui/script-form";
import { Field } from "@/components/ui/field";
import formLayout from "@/components/ui/form.module.css";
import { Section } from "@/components/ui/section";
import { StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import { formatTimestamp } from "@/lib/format-date";
import type { Result } from "@/lib/result";
import { scheduleSchema } from "@/lib/scheduling/schema";
import { useEditorForm } from "./forms/use-editor-form";

type Props = {
  id: number;
  /** The draft's pending schedule: when, and who set it. */
  pending: { scheduleId: number; publishAt: string; by: string } | null;
  schedule: (input: unknown) => Promise<Result<{ scheduleId: number }>>;
  cancel: (input: { scheduleId: number }) => Promise<Result<{ scheduleId: number }>>;
};

/** A draft's scheduled publication: the time it is set for with a way to cancel it, or a form to set one. */
export function SchedulePublication({ id, pending, schedule, cancel }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<StatusMessageValue | null>(null);
  const [isCancelling, startCancelling] = useTransition();
  const { form, alert, onSubmit, errorOf } = useEditorForm({
    schema: scheduleSchema,
    initial: { id, publishAt: "" },
    save: schedule,
    afterSave: () => ({ message: "Scheduled." }),
  });
  return (
    <Section headingId="schedule-title" title="Publish later">
      {pending ? (
        <>
          <p>
            Scheduled to be published at <time dateTime={pending.publishAt}>{formatTimestamp(pending.publishAt)}</time> (set by {pending.by}).
          </p>
          <Button
            isPending={isCancelling}
            onClick={() =>
              startCancelling(async () => {
                const result = await cancel({ scheduleId: pending.scheduleId });
                setMessage(result.ok ? { tone: "success", text: "The schedule is cancelled." } : { tone: "error", text: result.message });
                // A refusal (the schedule ran meanwhile) keeps this section and its message until the editor reloads.
                if (result.ok) router.refresh();
              })
            }
          >
            Cancel the schedule
          </Button>
        </>
      ) : (
        <ScriptForm onSubmit={onSubmit} aria-labelledby="schedule-title" noValidate className={formLayout.actions}>
          <Field label="Publish at (UTC)" error={errorOf("publishAt")} description="Published once at that time, by whichever app instance sees it first.">
            {(control) => <input type="datetime-local" step={1} {...control} {...form.register("publishAt")} />}
          </Field>
          <Button type="submit" isPending={form.formState.isSubmitting}>
            Schedule
          </Button>
        </ScriptForm>
      )}
      <StatusMessage message={alert ?? message} />
    </Section>
  );
}
