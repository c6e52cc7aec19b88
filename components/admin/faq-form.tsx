"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import { createFaqEntrySchema, updateFaqEntrySchema } from "@/lib/faq/schema";
import type { Result } from "@/lib/result";
import { applyFailure } from "./forms/apply-failure";
import { MarkdownField } from "./forms/markdown-field";
import { useUnsavedChangesWarning } from "./forms/use-unsaved-changes-warning";

type Values = z.input<typeof createFaqEntrySchema> & Partial<z.input<typeof updateFaqEntrySchema>>;
type Saved = { id: number; version: number };
type PreviewAction = (input: { markdown: string }) => Promise<Result<{ html: string }>>;
type Props = {
  mode: "create" | "edit";
  isPublished?: boolean;
  initial: Values;
  save: (input: never) => Promise<Result<Saved>>;
  preview: PreviewAction;
};

const FIELDS = ["question", "answer", "status", "plannedPosition"] as const;
const optionalNumber = (value: unknown) => (value === "" || value === null || value === undefined ? undefined : Number(value));

/** Create or edit an FAQ entry, validated by the schema the server uses; a refused save keeps the input. */
export function FaqForm({ mode, isPublished = false, initial, save, preview }: Props) {
  const router = useRouter();
  const schema = mode === "create" ? createFaqEntrySchema : updateFaqEntrySchema;
  const form = useForm<Values>({ resolver: zodResolver(schema as typeof createFaqEntrySchema) as never, defaultValues: initial, mode: "onTouched" });
  const { register, handleSubmit, formState, setError, reset } = form;
  const values = useWatch({ control: form.control });
  const [alert, setAlert] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  useUnsavedChangesWarning(formState.isDirty && !formState.isSubmitSuccessful);

  const serverVersion = initial.version ?? null;
  useEffect(() => {
    if (serverVersion !== null && !form.formState.isDirty && form.getValues("version") !== serverVersion) reset(initial);
  }, [serverVersion]); // eslint-disable-line react-hooks/exhaustive-deps

  const errorOf = (name: (typeof FIELDS)[number]) => formState.errors[name]?.message as string | undefined;

  const onSubmit = handleSubmit(async (values) => {
    setAlert(null);
    const result = await save(values as never);
    if (!result.ok) {
      setAlert({ tone: "error", text: applyFailure(result, setError, FIELDS) });
      return;
    }
    if (mode === "create") {
      router.push(`/admin/faq/${result.value.id}?saved=created`);
      return;
    }
    reset({ ...form.getValues(), version: result.value.version });
    setAlert({ tone: "success", text: "Saved. The public FAQ shows the change now." });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="admin-form">
      <div role={alert?.tone === "error" ? "alert" : "status"} className="form-alert" data-tone={alert?.tone}>
        {alert?.text}
      </div>
      <Field label="Question" error={errorOf("question")}>
        {(control) => <input {...control} {...register("question")} autoComplete="off" />}
      </Field>
      <Field label="Answer" error={errorOf("answer")} description="Markdown. Raw HTML and scripts are removed when the page is shown.">
        {(control) => <MarkdownField label="Answer" value={String(values.answer ?? "")} preview={preview} editor={<textarea {...control} {...register("answer")} rows={8} />} />}
      </Field>
      {mode === "create" ? (
        <Field label="Status" error={errorOf("status")}>
          {(control) => (
            <select {...control} {...register("status")}>
              <option value="DRAFT">Draft (not public)</option>
              <option value="PUBLISHED">Published</option>
            </select>
          )}
        </Field>
      ) : null}
      {!isPublished ? (
        <Field label="Position when published" error={errorOf("plannedPosition")} description="Empty: at the end of the FAQ.">
          {(control) => <input {...control} {...register("plannedPosition", { setValueAs: optionalNumber })} type="number" inputMode="numeric" min={1} />}
        </Field>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="admin-button" data-variant="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : mode === "create" ? "Create entry" : "Save changes"}
        </button>
      </div>
    </form>
  );
}
