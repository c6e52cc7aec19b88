"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
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

const STALE_PREVIEW = "Something changed after you checked the file, so nothing was imported.";

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
  // Which choice of file is the latest: a large file read after another choice must not win.
  const latestChoice = useRef(0);

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
        if (fresh.ok) {
          setAnswer(fresh.value);
          setMessage({ tone: "error", text: `${STALE_PREVIEW} Below is what the file would change now: apply it if that is still what you want.` });
        } else {
          setAnswer(null);
          showFailure({ ...fresh, message: `${STALE_PREVIEW} ${fresh.message}` });
        }
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
    const choice = ++latestChoice.current;
    setAnswer(null);
    setProblems([]);
    setMessage(null);
    clearErrors("file");
    setValue("file", "");
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) return setError("file", { message: `${file.name} is larger than 32 MB, the most the Import page takes.` });
    if (file.size === 0) return setError("file", { message: `${file.name} is empty.` });
    const text = await readUtf8(file);
    if (choice !== latestChoice.current) return;
    if (text === null) return setError("file", { message: `${file.name} is not UTF-8 text: save it again as UTF-8 (in Excel: “CSV UTF-8”).` });
    setValue("file", text);
  };

  // The text is read when a file is chosen. Opening the chooser lets go of the last choice, so
  // choosing the same file again (fixed in the spreadsheet meanwhile) is a change the browser
  // reports and its new text is what gets checked; a cancelled chooser leaves nothing chosen.
  const startChoosing = (input: HTMLInputElement) => {
    input.value = "";
    void chooseFile(undefined);
  };

  return (
    <>
      <ScriptForm onSubmit={check} noValidate className={formLayout.form} aria-labelledby={labelledBy}>
        <Field label={fileLabel} error={formState.errors.file?.message}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept={accept}
              // No new choice while a file is checked or applied: the answer belongs to the file sent.
              disabled={formState.isSubmitting || isApplying}
              onClick={(event) => startChoosing(event.currentTarget)}
              onChange={(event) => void chooseFile(event.target.files?.[0])}
            />
          )}
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
    return fail("unavailable", unclearOutcome(input, "The server could not be reached."));
  }
  const body = (await response.json().catch(() => null)) as
    ImportAnswer | { error?: { reason: FailureReason; message: string; fieldErrors?: Record<string, string[]> } } | null;
  if (response.ok && body && !("error" in body)) return ok(body as ImportAnswer);
  const error = body && "error" in body ? body.error : undefined;
  if (response.status === 413) return fail("invalid", `The file is larger than the server in front of the site takes. Nothing was changed.`);
  if (!error) return fail("unavailable", unclearOutcome(input, `The server answered ${response.status} without an explanation.`));
  return fail(error.reason, error.message, error.fieldErrors ? { fieldErrors: error.fieldErrors } : {});
}

/**
 * When no answer came back, a check changed nothing, but an apply may have gone through after the
 * connection or a proxy gave up: checking the file again shows which (its preview would then be empty).
 */
function unclearOutcome(input: Values, what: string): string {
  return input.confirm
    ? `${what} The changes may or may not have been applied: check the file again to see what it would still change.`
    : `${what} Nothing was changed; try again.`;
}

/** The file's text, or null when it is not UTF-8 (a spreadsheet's legacy encoding would otherwise turn “São” into “S�o”). */
async function readUtf8(file: File): Promise<string | null> {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return null;
  }
}
