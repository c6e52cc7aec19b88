"use client";

import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { ScriptForm } from "@/components/ui/script-form";
import { Field } from "@/components/ui/field";
import { StatusMessage } from "@/components/ui/status-message";
import formLayout from "@/components/ui/form.module.css";
import { createCitySchema, slugify, updateCitySchema } from "@/lib/cities/schema";
import type { Result } from "@/lib/result";
import { MarkdownField } from "./forms/markdown-field";
import { optionalNumber, StatusField } from "./forms/status-field";
import { useEditorForm } from "./forms/use-editor-form";

type CitySchema = typeof createCitySchema | typeof updateCitySchema;
type Saved = { id: number; version: number; slug: string };
type PreviewAction = (input: { markdown: string }) => Promise<Result<{ html: string }>>;
/** The server action: it parses its input itself (editorAction), so one action type serves both modes. */
type SaveAction = (input: z.output<CitySchema>) => Promise<Result<Saved>>;

type Props =
  | { mode: "create"; initial: z.input<typeof createCitySchema>; save: SaveAction; preview: PreviewAction }
  | { mode: "edit"; initial: z.input<typeof updateCitySchema>; isPublished: boolean; save: SaveAction; preview: PreviewAction };

/** Create or edit a city: validated by the schema the server uses; a refused save keeps every typed character. */
export function CityForm(props: Props) {
  const { form, values, alert, onSubmit, errorOf } = useEditorForm<CitySchema, Saved>({
    schema: props.mode === "create" ? createCitySchema : updateCitySchema,
    initial: props.initial,
    save: props.save,
    afterSave: (saved) =>
      props.mode === "create"
        ? { navigateTo: `/admin/cities/${saved.id}?saved=created` }
        : { message: "Saved. The public pages show the change now.", version: saved.version },
  });
  const { register, formState, setValue } = form;

  const name = register("name", {
    onChange: (event) => {
      // A new city's address follows its name until the editor types an address of their own.
      if (props.mode === "create" && !form.getFieldState("slug").isDirty)
        setValue("slug", slugify(event.target.value), { shouldValidate: form.formState.isSubmitted });
    },
  });

  return (
    <ScriptForm onSubmit={onSubmit} noValidate className={formLayout.form} aria-describedby={alert ? "city-form-alert" : undefined}>
      <StatusMessage id="city-form-alert" message={alert} />
      <Field label="Name" error={errorOf("name")}>
        {(control) => <input {...control} {...name} autoComplete="off" />}
      </Field>
      <Field
        label="Address (slug)"
        error={errorOf("slug")}
        description={<>The city&apos;s page: /cities/{values.slug || "…"}. Changing it keeps the old address working as a redirect.</>}
      >
        {(control) => <input {...control} {...register("slug")} autoComplete="off" spellCheck={false} />}
      </Field>
      <Field label="Country" error={errorOf("country")}>
        {(control) => <input {...control} {...register("country")} autoComplete="off" />}
      </Field>
      <Field label="Summary" error={errorOf("summary")} description="One or two sentences for the ranked list.">
        {(control) => <textarea {...control} {...register("summary")} rows={3} />}
      </Field>
      <Field label="Focus areas" error={errorOf("focusAreas")} description="Separated by commas, e.g. transport, public safety, iot.">
        {(control) => <input {...control} {...register("focusAreas")} autoComplete="off" />}
      </Field>
      <Field label="Profile" error={errorOf("profile")} description="Markdown. Raw HTML and scripts are removed when the page is shown.">
        {(control) => (
          <MarkdownField
            label="Profile"
            value={String(values.profile ?? "")}
            preview={props.preview}
            editor={<textarea {...control} {...register("profile")} rows={12} />}
          />
        )}
      </Field>
      {props.mode === "create" ? <StatusField registration={register("status")} error={errorOf("status")} /> : null}
      {props.mode === "create" || !props.isPublished ? (
        <Field
          label="Rank when published"
          error={errorOf("plannedRank")}
          description="Where the city lands when it is published. Empty: at the end of the list."
        >
          {(control) => <input {...control} {...register("plannedRank", { setValueAs: optionalNumber })} type="number" inputMode="numeric" min={1} />}
        </Field>
      ) : null}
      <div className={formLayout.actions}>
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : props.mode === "create" ? "Create city" : "Save changes"}
        </Button>
      </div>
    </ScriptForm>
  );
}
