"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { ScriptForm } from "@/components/ui/script-form";
import { DragHandle } from "@/components/ui/drag-handle";
import { formatDateTime } from "@/lib/format-date";
import styles from "./ordered-list.module.css";
import type { ListWords, OrderedRow } from "./types";
import type { ArrowDirection, MovedEntry } from "./use-ordered-list";

type Props = {
  row: OrderedRow;
  /** The length of the whole list: up, down and "move to" reach any place in it. */
  count: number;
  words: ListWords;
  canDrag: boolean;
  isSaving: boolean;
  onMove: (entry: MovedEntry, to: number, options?: { arrow?: ArrowDirection }) => void;
};

/** The id of a row's up or down button, so focus can follow the entry after a move. */
export const arrowButtonId = (id: number, arrow: ArrowDirection) => `move-${arrow}-${id}`;

/** One published entry: drag handle, its place, move up/down, "move to", edit and view links. */
export function SortableRow({ row, count, words, canDrag, isSaving, onMove }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: row.id, disabled: !canDrag });
  const [target, setTarget] = useState("");
  const position = row.position ?? 0;
  const targetId = `move-to-${row.id}`;
  const entry = { id: row.id, title: row.title, position };

  function submitMove(event: FormEvent) {
    event.preventDefault();
    const to = Number(target);
    if (Number.isInteger(to) && to >= 1) {
      onMove(entry, Math.min(to, count));
      setTarget("");
    }
  }

  return (
    <li
      ref={setNodeRef}
      className={styles.row}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="ordered-row"
    >
      {canDrag ? (
        <DragHandle ref={setActivatorNodeRef} label={`Drag ${row.title}, ${words.place} ${position}`} {...attributes} {...listeners} />
      ) : (
        <span className={styles.handlePlaceholder} aria-hidden="true" />
      )}
      <span className={styles.position} aria-label={`${words.place} ${position}`}>
        {position}
      </span>
      <span className={styles.title}>
        <Link href={row.editHref}>{row.title}</Link>
        <span className={styles.detail}>{row.detail}</span>
      </span>
      <span className={styles.meta}>
        {row.updatedBy ? `${row.updatedBy}, ` : ""}
        <time dateTime={row.updatedAt}>{formatDateTime(row.updatedAt)}</time>
      </span>
      <span className={styles.actions}>
        <Button
          size="small"
          id={arrowButtonId(row.id, "up")}
          onClick={() => onMove(entry, position - 1, { arrow: "up" })}
          disabled={position <= 1 || isSaving}
          aria-label={`Move ${row.title} up`}
        >
          ↑
        </Button>
        <Button
          size="small"
          id={arrowButtonId(row.id, "down")}
          onClick={() => onMove(entry, position + 1, { arrow: "down" })}
          disabled={position >= count || isSaving}
          aria-label={`Move ${row.title} down`}
        >
          ↓
        </Button>
        <ScriptForm onSubmit={submitMove} className={styles.moveTo}>
          <label htmlFor={targetId} className="visually-hidden">
            New {words.place} for {row.title}
          </label>
          <input
            id={targetId}
            type="number"
            inputMode="numeric"
            min={1}
            max={count}
            placeholder="#"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          />
          <Button type="submit" size="small" disabled={!target || isSaving}>
            Move
          </Button>
        </ScriptForm>
        {row.publicHref ? (
          <ButtonLink
            plain
            size="small"
            href={row.publicHref}
            target="_blank"
            rel="noreferrer"
            aria-label={`View ${row.title} on the site (opens in a new tab)`}
          >
            View
          </ButtonLink>
        ) : null}
      </span>
    </li>
  );
}
