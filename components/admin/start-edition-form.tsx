"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyFailure } from "@/components/admin/forms/apply-failure";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ScriptForm } from "@/components/ui/script-form";
import { StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import formLayout from "@/components/ui/form.module.css";
import { startNextEditionSchema } from "@/lib/editions/schema";
import type { Result } from "@/lib/result";

type Values = z.input<typeof startNextEditionSchema>;

/** Starts preparing the next edition; the form names the edition it saw as current. */
export function StartEditionForm({
  currentYear,
  startNextEdition,
}: {
  currentYear: number;
  startNextEdition: (input: Values) => Promise<Result<{ year: number; copiedCities: number }>>;
}) {
  const router = useRouter();
  const form = useForm<Values>({
    resolver: zodResolver(startNextEditionSchema, undefined, { raw: true }),
    defaultValues: { currentYear, nextYear: currentYear + 1 },
  });
  const { register, handleSubmit, formState, setError } = form;
  const [message, setMessage] = useState<StatusMessageValue | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await startNextEdition(values);
    if (!result.ok) {
      setMessage({ tone: "error", text: applyFailure(result, setError, ["nextYear"]) });
      return;
    }
    setMessage({ tone: "success", text: `You are preparing the ${result.value.year} edition. Readers see ${currentYear} until you publish it.` });
    router.refresh();
  });

  return (
    <ScriptForm onSubmit={onSubmit} noValidate className={formLayout.form} aria-labelledby="next-edition-title">
      <input type="hidden" {...register("currentYear", { valueAsNumber: true })} />
      <Field label="Year of the next edition" error={formState.errors.nextYear?.message}>
        {(control) => <input {...control} {...register("nextYear", { valueAsNumber: true })} type="number" inputMode="numeric" />}
      </Field>
      <div className={formLayout.actions}>
        <Button type="submit" isPending={formState.isSubmitting} pendingLabel="Starting…">
          Start the next edition
        </Button>
      </div>
      <StatusMessage message={message} />
    </ScriptForm>
  );
}
