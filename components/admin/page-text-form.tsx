"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import { pageTextSchema } from "@/lib/listing/schema";
import { listingTitle } from "@/lib/listing/title";
import type { Result } from "@/lib/result";
import { applyFailure } from "./forms/apply-failure";
import { MarkdownField } from "./forms/markdown-field";
import { useUnsavedChangesWarning } from "./forms/use-unsaved-changes-warning";

type Values = z.input<typeof pageTextSchema>;
type Props = {
  initial: Values;
  publishedCount: number;
  save: (input: Values) => Promise<Result<{ version: number }>>;
  preview: (input: { markdown: string }) => Promise<Result<{ html: string }>>;
};

const FIELDS = ["titleTemplate", "year", "intro", "developmentHeading", "development", "faqHeading", "conclusion", "seoDescription"] as const;
const MARKDOWN_FIELDS = [
  ["intro", "Introduction"],
  ["development", "Development section"],
  ["conclusion", "Conclusion"],
] as const;

/** The listing's own text, with a live preview of the H1 the title template produces. */
export function PageTextForm({ initial, publishedCount, save, preview }: Props) {
  const router = useRouter();
  const form = useForm<Values>({ resolver: zodResolver(pageTextSchema), defaultValues: initial, mode: "onTouched" });
  const { register, handleSubmit, formState, setError, reset } = form;
  const values = useWatch({ control: form.control });
  const [alert, setAlert] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  useUnsavedChangesWarning(formState.isDirty && !formState.isSubmitSuccessful);
  const errorOf = (name: (typeof FIELDS)[number]) => formState.errors[name]?.message;
  const year = Number(values.year);

  const onSubmit = handleSubmit(async (values) => {
    setAlert(null);
    const result = await save(values);
    if (!result.ok) {
      setAlert({ tone: "error", text: applyFailure(result, setError, FIELDS) });
      return;
    }
    reset({ ...form.getValues(), version: result.value.version });
    setAlert({ tone: "success", text: "Saved. The public page shows the change now." });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="admin-form">
      <div role={alert?.tone === "error" ? "alert" : "status"} className="form-alert" data-tone={alert?.tone}>
        {alert?.text}
      </div>
      <Field label="Title" error={errorOf("titleTemplate")} description={<>{"{count}"} becomes the number of published cities, {"{year}"} the year below.</>}>
        {(control) => <input {...control} {...register("titleTemplate")} autoComplete="off" />}
      </Field>
      <p className="title-preview" aria-live="polite">
        Readers see: <strong data-testid="title-preview">{listingTitle(values.titleTemplate ?? "", { count: publishedCount, year: Number.isFinite(year) ? year : 0 })}</strong>
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
          {(control) => <MarkdownField label={label} value={String(values[name] ?? "")} preview={preview} editor={<textarea {...control} {...register(name)} rows={8} />} />}
        </Field>
      ))}
      <div className="form-actions">
        <button type="submit" className="admin-button" data-variant="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : "Save page text"}
        </button>
      </div>
    </form>
  );
}
