"use client";

import { useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import type { Result } from "@/lib/result";
import styles from "./markdown-field.module.css";

type Props = {
  /** The textarea, registered with react-hook-form by the form that owns it. */
  editor: ReactNode;
  value: string;
  preview: (input: { markdown: string }) => Promise<Result<{ html: string }>>;
  label: string;
};

/**
 * A Markdown text with Write and Preview tabs. The preview is rendered and sanitised on the server
 * by the same code as the public page, so what the editor sees is what readers get.
 */
export function MarkdownField({ editor, value, preview, label }: Props) {
  const [mode, setMode] = useState<"write" | "preview">("write");
  const [html, setHtml] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isRendering, startRendering] = useTransition();

  function showPreview() {
    setMode("preview");
    startRendering(async () => {
      const result = await preview({ markdown: value });
      if (result.ok) {
        setHtml(result.value.html);
        setProblem(null);
      } else {
        setProblem(result.message);
      }
    });
  }

  return (
    <div className={styles.field}>
      <div role="group" aria-label={`${label}: write or preview`} className={styles.tabs}>
        <Button variant="toggle" aria-pressed={mode === "write"} onClick={() => setMode("write")}>
          Write
        </Button>
        <Button variant="toggle" aria-pressed={mode === "preview"} onClick={showPreview}>
          Preview
        </Button>
      </div>
      <div hidden={mode !== "write"}>{editor}</div>
      {mode === "preview" ? (
        <div className={`${styles.preview} prose`} aria-live="polite" aria-busy={isRendering}>
          {problem ? <FieldError>{problem}</FieldError> : isRendering || html === null ? <p>Rendering…</p> : <div dangerouslySetInnerHTML={{ __html: html }} />}
        </div>
      ) : null}
    </div>
  );
}
