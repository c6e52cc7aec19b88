"use client";

import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { ScriptForm } from "@/components/ui/script-form";
import { Field } from "@/components/ui/field";
import { StatusMessage } from "@/components/ui/status-message";
import formLayout from "@/components/ui/form.module.css";
import { createFaqEntrySchema, updateFaqEntrySchema } from "@/lib/faq/schema";
import type { Result } from "@/lib/result";
import { MarkdownField } from "./forms/markdown-field";
import { optionalNumber, StatusField } from "./forms/status-field";
import { useEditorForm } from "./forms/use-editor-form";

type FaqEntrySchema = typeof createFaqEntrySchema | typeof updateFaqEntrySchema;
type Saved = { id: number; version: number };
type PreviewAction = (input: { markdown: string }) => Promise<Result<{ html: string }>>;
/** The server action: it parses its input itself (editorAction), so one action type serves both modes. */
type SaveAction = (input: z.output<FaqEntrySchema>) => Promise<Result<Saved>>;
type Props =
  | { mode: "create"; isPublished?: undefined; initial: z.input<typeof createFaqEntrySchema>; save: SaveAction; preview: PreviewAction }
  | { mode: "edit"; isPublished: boolean; initial: z.input<typeof updateFaqEntrySchema>; save: SaveAction; preview: PreviewAction };

/** Create or edit an FAQ entry, validated by the schema the server uses; a refused save keeps the input. */
export function FaqForm({ mode, isPublished = false, initial, save, preview }: Props) {
  const { form, values, alert, onSubmit, errorOf } = useEditorForm<FaqEntrySchema, Saved>({
    schema: mode === "create" ? createFaqEntrySchema : updateFaqEntrySchema,
    initial,
    save,
    afterSave: (saved) =>
      mode === "create"
        ? { navigateTo: `/admin/faq/${saved.id}?saved=created` }
        : { message: "Saved. The public FAQ shows the change now.", version: saved.version },
  });
  const { register, formState } = form;

  return (
    <ScriptForm onSubmit={onSubmit} noValidate className={formLayout.form}>
      <StatusMessage message={alert} />
      <Field label="Question" error={errorOf("question")}>
        {(control) => <input {...control} {...register("question")} autoComplete="off" />}
      </Field>
      <Field label="Answer" error={errorOf("answer")} description="Markdown. Raw HTML and scripts are removed when the page is shown.">
        {(control) => (
          <MarkdownField
            label="Answer"
            value={String(values.answer ?? "")}
            preview={preview}
            editor={<textarea {...control} {...register("answer")} rows={8} />}
          />
        )}
      </Field>
      {mode === "create" ? <StatusField registration={register("status")} error={errorOf("status")} /> : null}
      {!isPublished ? (
        <Field label="Position when published" error={errorOf("plannedPosition")} description="Empty: at the end of the FAQ.">
          {(control) => <input {...control} {...register("plannedPosition", { setValueAs: optionalNumber })} type="number" inputMode="numeric" min={1} />}
        </Field>
      ) : null}
      <div className={formLayout.actions}>
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : mode === "create" ? "Create entry" : "Save changes"}
        </Button>
      </div>
    </ScriptForm>
  );
}
