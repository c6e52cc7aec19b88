"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ScriptForm } from "@/components/ui/script-form";
import { FormAlert, StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import formLayout from "@/components/ui/form.module.css";
import { contentMergeSchema, MAX_UPLOAD_BYTES, rankingCsvImportSchema } from "@/lib/content-transfer/schema";
import { fail, ok, type Failure, type FailureReason, type Result } from "@/lib/result";
import { changesAnything, ImportPreview, type ImportAnswer } from "./import-preview";

const SCHEMAS = { csv: rankingCsvImportSchema, content: contentMergeSchema } as const;
type Values = z.input<typeof rankingCsvImportSchema>;

type Props = {
  kind: keyof typeof SCHEMAS;
  /** The section's heading id, which names the form. */
  labelledBy: string;
  fileLabel: string;
  accept: string;
  /** The editors' API route that previews and applies (app/api/editor/import/). */
  endpoint: string;
};

/**
 * Uploading a file in two steps: "Check the file" shows what it would change (nothing is written),
 * "Apply these changes" applies exactly that preview. The file is read in the browser and sent as
 * text, validated by the same schema as the server's route; the preview's token makes the server
 * refuse the change when anything changed in between (and the form shows the new preview).
 */
export function FileImportForm({ kind, labelledBy, fileLabel, accept, endpoint }: Props) {
  const router = useRouter();
  const importFile = (input: Values) => sendToImportRoute(endpoint, input);
  const form = useForm<Values>({ resolver: zodResolver(SCHEMAS[kind], undefined, { raw: true }), defaultValues: { file: "" } });
  const { handleSubmit, formState, setValue, getValues, setError, clearErrors } = form;
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [message, setMessage] = useState<StatusMessageValue | null>(null);
  const [isApplying, setIsApplying] = useState(false);

  const showFailure = (failure: Failure) => {
    setMessage({ tone: "error", text: failure.message });
    setProblems(failure.fieldErrors?.file ?? []);
  };

  const check = handleSubmit(async (values) => {
    setMessage(null);
    setProblems([]);
    setAnswer(null);
    const result = await importFile({ file: values.file });
    if (!result.ok) return showFailure(result);
    setAnswer(result.value);
  });

  const apply = async () => {
    if (!answer) return;
    setIsApplying(true);
    setMessage(null);
    const result = await importFile({ file: getValues("file"), confirm: answer.confirm });
    setIsApplying(false);
    if (!result.ok) {
      showFailure(result);
      // Something changed since the preview: show what the file would change now.
      if (result.reason === "stale") {
        const fresh = await importFile({ file: getValues("file") });
        setAnswer(fresh.ok ? fresh.value : null);
      } else setAnswer(null);
      return;
    }
    setAnswer(null);
    const { moved, added, dropped, edited } = result.value.cities;
    setMessage({
      tone: "success",
      text: `Imported: ${moved.count} moved, ${added.count} new, ${dropped.count} dropped, ${edited.count} edited, into the ${result.value.target.workingYear} edition.`,
    });
    router.refresh();
  };

  const chooseFile = async (file: File | undefined) => {
    setAnswer(null);
    setProblems([]);
    setMessage(null);
    clearErrors("file");
    if (file && file.size > MAX_UPLOAD_BYTES) {
      setValue("file", "");
      return setError("file", { message: `${file.name} is larger than 32 MB, the most the Import page takes.` });
    }
    setValue("file", file ? await file.text() : "");
    if (file && file.size === 0) setError("file", { message: `${file.name} is empty.` });
  };

  return (
    <>
      <ScriptForm onSubmit={check} noValidate className={formLayout.form} aria-labelledby={labelledBy}>
        <Field label={fileLabel} error={formState.errors.file?.message}>
          {(control) => <input {...control} type="file" accept={accept} onChange={(event) => void chooseFile(event.target.files?.[0])} />}
        </Field>
        <div className={formLayout.actions}>
          <Button type="submit" isPending={formState.isSubmitting} pendingLabel="Checking…">
            Check the file
          </Button>
        </div>
      </ScriptForm>
      <StatusMessage message={message} />
      {problems.length ? (
        <FormAlert tone="error">
          <ul aria-label="Problems in the file">
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </FormAlert>
      ) : null}
      {answer ? (
        <section aria-label="What the file changes">
          <ImportPreview answer={answer} />
          {changesAnything(answer) ? (
            <Button variant="primary" isPending={isApplying} pendingLabel="Applying…" onClick={() => void apply()}>
              Apply these changes
            </Button>
          ) : (
            <p>Nothing to change: the file matches what is there.</p>
          )}
        </section>
      ) : null}
    </>
  );
}

/** The route's answer as a Result: its JSON on success, its `{ error }` otherwise (docs: README, "Editor JSON API"). */
async function sendToImportRoute(endpoint: string, input: Values): Promise<Result<ImportAnswer>> {
  let response: Response;
  try {
    response = await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(input) });
  } catch {
    return fail("unavailable", "The server could not be reached: check your connection and try again. Nothing was changed.");
  }
  const body = (await response.json().catch(() => null)) as
    ImportAnswer | { error?: { reason: FailureReason; message: string; fieldErrors?: Record<string, string[]> } } | null;
  if (response.ok && body && !("error" in body)) return ok(body as ImportAnswer);
  const error = body && "error" in body ? body.error : undefined;
  if (!error) return fail("unavailable", `The server answered ${response.status} without an explanation. Nothing was changed; try again.`);
  return fail(error.reason, error.message, error.fieldErrors ? { fieldErrors: error.fieldErrors } : {});
}
