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
import { contentMergeSchema, rankingCsvImportSchema } from "@/lib/content-transfer/schema";
import type { Failure, Result } from "@/lib/result";
import { changesAnything, ImportPreview, type ImportAnswer } from "./import-preview";

const SCHEMAS = { csv: rankingCsvImportSchema, content: contentMergeSchema } as const;
type Values = z.input<typeof rankingCsvImportSchema>;

type Props = {
  kind: keyof typeof SCHEMAS;
  /** The section's heading id, which names the form. */
  labelledBy: string;
  fileLabel: string;
  accept: string;
  importFile: (input: Values) => Promise<Result<ImportAnswer>>;
};

/**
 * Uploading a file in two steps: "Check the file" shows what it would change (nothing is written),
 * "Apply these changes" applies exactly that preview. The file is read in the browser and sent as
 * text, validated by the same schema as the server's action; the preview's token makes the server
 * refuse the change when anything changed in between (and the form shows the new preview).
 */
export function FileImportForm({ kind, labelledBy, fileLabel, accept, importFile }: Props) {
  const router = useRouter();
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
