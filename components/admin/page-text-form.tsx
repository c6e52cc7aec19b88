"use client";

import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { ScriptForm } from "@/components/ui/script-form";
import { Field } from "@/components/ui/field";
import { StatusMessage } from "@/components/ui/status-message";
import formLayout from "@/components/ui/form.module.css";
import { pageTextSchema } from "@/lib/listing/schema";
import { listingTitle } from "@/lib/listing/title";
import type { Result } from "@/lib/result";
import { MarkdownField } from "./forms/markdown-field";
import { useEditorForm } from "./forms/use-editor-form";
import styles from "./page-text-form.module.css";

type Props = {
  initial: z.input<typeof pageTextSchema>;
  publishedCount: number;
  save: (input: z.output<typeof pageTextSchema>) => Promise<Result<{ version: number }>>;
  preview: (input: { markdown: string }) => Promise<Result<{ html: string }>>;
};

const MARKDOWN_FIELDS = [
  ["intro", "Introduction"],
  ["development", "Development section"],
  ["conclusion", "Conclusion"],
] as const;

/** The listing's own text, with a live preview of the H1 the title template produces. */
export function PageTextForm({ initial, publishedCount, save, preview }: Props) {
  const { form, values, alert, onSubmit, errorOf } = useEditorForm({
    schema: pageTextSchema,
    initial,
    save,
    afterSave: (saved) => ({ message: "Saved. The public page shows the change now.", version: saved.version }),
  });
  const { register, formState } = form;
  const year = Number(values.year);

  return (
    <ScriptForm onSubmit={onSubmit} noValidate className={formLayout.form}>
      <StatusMessage message={alert} />
      <Field
        label="Title"
        error={errorOf("titleTemplate")}
        description={
          <>
            {"{count}"} becomes the number of published cities, {"{year}"} the year below.
          </>
        }
      >
        {(control) => <input {...control} {...register("titleTemplate")} autoComplete="off" />}
      </Field>
      <p className={styles.titlePreview} aria-live="polite">
        Readers see:{" "}
        <strong data-testid="title-preview">
          {listingTitle(values.titleTemplate ?? "", { count: publishedCount, year: Number.isFinite(year) ? year : 0 })}
        </strong>
      </p>
      <Field label="Year" error={errorOf("year")}>
        {(control) => <input {...control} {...register("year", { valueAsNumber: true })} type="number" inputMode="numeric" />}
      </Field>
      <Field label="Description for search engines" error={errorOf("seoDescription")}>
        {(control) => <textarea {...control} {...register("seoDescription")} rows={2} />}
      </Field>
      <Field label="Development section heading" error={errorOf("developmentHeading")}>
        {(control) => <input {...control} {...register("developmentHeading")} autoComplete="off" />}
      </Field>
      <Field label="FAQ heading" error={errorOf("faqHeading")}>
        {(control) => <input {...control} {...register("faqHeading")} autoComplete="off" />}
      </Field>
      {MARKDOWN_FIELDS.map(([name, label]) => (
        <Field key={name} label={label} error={errorOf(name)} description="Markdown.">
          {(control) => (
            <MarkdownField label={label} value={String(values[name] ?? "")} preview={preview} editor={<textarea {...control} {...register(name)} rows={8} />} />
          )}
        </Field>
      ))}
      <div className={formLayout.actions}>
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : "Save page text"}
        </Button>
      </div>
    </ScriptForm>
  );
}
