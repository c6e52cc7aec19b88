"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, useWatch, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { Result } from "@/lib/result";
import { applyFailure } from "./apply-failure";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";

export type FormAlert = { tone: "error" | "success"; text: string };

type Options<Values extends FieldValues, Saved> = {
  /** The zod schema the server action parses with: the form checks the same rules before sending. */
  schema: z.ZodType;
  initial: Values;
  /** Fields that can show a server's field error (others are reported in the form's alert). */
  fields: readonly string[];
  save: (input: never) => Promise<Result<Saved>>;
  /** After an accepted save: a path to go to (a new record's page), or the sentence to show. */
  afterSave: (saved: Saved) => { navigateTo: string } | { message: string; version?: number };
};

/**
 * What every dashboard form does: validate with the server's schema, save through a server action,
 * put each refused field's error next to it and keep every typed character, warn before leaving
 * unsaved work, and take a newer version from the server while the form is untouched.
 */
export function useEditorForm<Values extends FieldValues, Saved>({ schema, initial, fields, save, afterSave }: Options<Values, Saved>) {
  const router = useRouter();
  const form = useForm<Values>({ resolver: zodResolver(schema as never) as never, defaultValues: initial as DefaultValues<Values>, mode: "onTouched" });
  const values = useWatch({ control: form.control }) as Partial<Values>;
  const [alert, setAlert] = useState<FormAlert | null>(null);
  useUnsavedChangesWarning(form.formState.isDirty && !form.formState.isSubmitSuccessful);

  // A publish or unpublish on the same page bumps the version: an untouched form follows it.
  const serverVersion = (initial as { version?: number }).version ?? null;
  useEffect(() => {
    if (serverVersion !== null && !form.formState.isDirty && form.getValues("version" as Path<Values>) !== serverVersion) form.reset(initial);
  }, [serverVersion]); // eslint-disable-line react-hooks/exhaustive-deps

  const onSubmit = form.handleSubmit(async (submitted) => {
    setAlert(null);
    const result = await save(submitted as never);
    if (!result.ok) {
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

  const errorOf = (name: string) => (form.formState.errors as Record<string, { message?: unknown } | undefined>)[name]?.message as string | undefined;
  return { form, values, alert, onSubmit, errorOf };
}
