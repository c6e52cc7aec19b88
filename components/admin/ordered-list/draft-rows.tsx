"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ListPager } from "./list-pager";
import styles from "./ordered-list.module.css";
import type { ListView, ListWords, OrderedRow, StatusAction } from "./types";
import type { Notice } from "./use-ordered-list";

type Props = {
  drafts: OrderedRow[];
  view: ListView;
  basePath: string;
  publishedCount: number;
  words: ListWords;
  statusAction: StatusAction;
  onNotice: (notice: Notice) => void;
};

/** A page of the drafts, each marked with the place it takes when published, and a button to publish it there. */
export function DraftRows({ drafts, view, basePath, publishedCount, words, statusAction, onNotice }: Props) {
  const router = useRouter();
  const [isPublishing, startPublishing] = useTransition();
  if (drafts.length === 0) return null;

  function publish(row: OrderedRow) {
    startPublishing(async () => {
      const result = await statusAction({ id: row.id, version: row.version, status: "PUBLISHED" });
      onNotice(result.ok ? { tone: "success", text: `${row.title} is published.` } : { tone: "error", text: result.message });
      router.refresh();
    });
  }

  return (
    <section className={styles.drafts} aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">Drafts ({view.draftCount})</h2>
      <p className={styles.hint}>Not public. Each lands at the {words.place} shown when published; the entries from there move down one.</p>
      <ul className={styles.list}>
        {drafts.map((row) => {
          const lands = Math.min(row.plannedPosition ?? publishedCount + 1, publishedCount + 1);
          return (
            <li key={row.id} className={styles.row} data-status="draft" data-testid="draft-row">
              <span className={styles.handlePlaceholder} aria-hidden="true" />
              <span className={styles.badge}>Draft</span>
              <span className={styles.title}>
                <Link href={row.editHref}>{row.title}</Link>
                <span className={styles.detail}>{row.detail}</span>
              </span>
              <span className={styles.meta}>
                Would land at {words.place} {lands}
              </span>
              <span className={styles.actions}>
                <Button size="small" onClick={() => publish(row)} disabled={isPublishing}>
                  Publish at {lands}
                </Button>
              </span>
            </li>
          );
        })}
      </ul>
      <ListPager label="Pages of the drafts" basePath={basePath} view={view} of="drafts" />
    </section>
  );
}
