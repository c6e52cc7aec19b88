"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, useWatch, type DefaultValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { Result } from "@/lib/result";
import { applyFailure } from "./apply-failure";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";

export type FormAlert = { tone: "error" | "success"; text: string };

/** A form's schema: an object of named fields (lib/content-schema.ts's fieldsObject). */
type FormSchema = z.ZodObject;

type Options<S extends FormSchema, Saved> = {
  /** The zod schema the server action parses with: the form checks the same rules before sending, and holds its fields. */
  schema: S;
  initial: DefaultValues<z.input<S>>;
  save: (input: z.output<S>) => Promise<Result<Saved>>;
  /** After an accepted save: a path to go to (a new record's page), or the sentence to show. */
  afterSave: (saved: Saved) => { navigateTo: string } | { message: string; version?: number };
};

// The record's id and version travel with the form but have no control to show an error next to.
const HIDDEN_FIELDS = ["id", "version"];

/**
 * What every dashboard form does: validate with the server's schema, save through a server action,
 * put each refused field's error next to it and keep every typed character, warn before leaving
 * unsaved work, and take a newer version from the server while the form is untouched.
 */
export function useEditorForm<S extends FormSchema, Saved>({ schema, initial, save, afterSave }: Options<S, Saved>) {
  const router = useRouter();
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema), defaultValues: initial, mode: "onTouched" });
  const values = useWatch({ control: form.control });
  const [alert, setAlert] = useState<FormAlert | null>(null);
  useUnsavedChangesWarning(form.formState.isDirty && !form.formState.isSubmitSuccessful);

  // A publish or unpublish on the same page bumps the version: an untouched form follows it.
  const serverVersion = versionOf(initial);
  useEffect(() => {
    if (serverVersion !== null && !form.formState.isDirty && versionOf(form.getValues()) !== serverVersion) form.reset(initial);
  }, [serverVersion]); // eslint-disable-line react-hooks/exhaustive-deps

  const onSubmit = form.handleSubmit(async (submitted) => {
    setAlert(null);
    const result = await save(submitted);
    if (!result.ok) {
      const fields = Object.keys(schema.shape).filter((field) => !HIDDEN_FIELDS.includes(field));
      setAlert({ tone: "error", text: applyFailure(result, form.setError, fields) });
      return;
    }
    const next = afterSave(result.value);
    if ("navigateTo" in next) {
      router.push(next.navigateTo);
      return;
    }
    // What the editor typed becomes the new clean state, at the version the server now holds.
    form.reset({ ...form.getValues(), ...(next.version !== undefined ? { version: next.version } : {}) });
    setAlert({ tone: "success", text: next.message });
    router.refresh();
  });

  const errorOf = (name: Path<z.input<S>>) => form.getFieldState(name, form.formState).error?.message;
  return { form, values, alert, onSubmit, errorOf };
}

function versionOf(values: object | undefined): number | null {
  return values && "version" in values && typeof values.version === "number" ? values.version : null;
}
