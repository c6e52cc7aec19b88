"use client";

import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useId, useMemo, useState } from "react";
import { DraftRows } from "./draft-rows";
import styles from "./ordered-list.module.css";
import { SortableRow } from "./sortable-row";
import type { ListWords, MoveAction, OrderedRow, StatusAction } from "./types";
import { useOrderedList } from "./use-ordered-list";

type Props = {
  published: OrderedRow[];
  drafts: OrderedRow[];
  listVersion: number;
  words: ListWords;
  moveAction: MoveAction;
  statusAction: StatusAction;
};

/**
 * The published order, editable three ways (drag and drop with mouse, touch or keyboard; up/down
 * buttons; typing a new place), every move saved at once; then the drafts and where they would land.
 */
export function OrderedListEditor({ published, drafts, listVersion: serverVersion, words, moveAction, statusAction }: Props) {
  const list = useOrderedList(published, serverVersion, moveAction, words.place);
  const [query, setQuery] = useState("");
  const searchId = useId();
  // A stable id keeps dnd-kit's accessibility ids equal on the server and in the browser.
  const dndId = useId();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const matches = (row: OrderedRow) => `${row.title} ${row.detail}`.toLowerCase().includes(query.trim().toLowerCase());
  const visible = query.trim() ? list.rows.filter(matches) : list.rows;
  const isFiltered = visible.length !== list.rows.length;
  const titleOf = useMemo(() => new Map(list.rows.map((row) => [row.id, row.title])), [list.rows]);

  const placeOf = (id: unknown) => list.rows.findIndex((row) => row.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf.get(Number(active.id))}, ${words.place} ${placeOf(active.id)} of ${list.rows.length}. Use the arrow keys to move, space to drop, escape to cancel.`,
    onDragOver: ({ active, over }) => (over ? `${titleOf.get(Number(active.id))} is over ${words.place} ${placeOf(over.id)}.` : undefined),
    onDragEnd: ({ active, over }) => (over ? `${titleOf.get(Number(active.id))} dropped at ${words.place} ${placeOf(over.id)}.` : `${titleOf.get(Number(active.id))} dropped.`),
    onDragCancel: ({ active }) => `Moving ${titleOf.get(Number(active.id))} was cancelled.`,
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    if (over && active.id !== over.id) list.moveTo(Number(active.id), placeOf(over.id));
  }

  return (
    <div className={styles.editor}>
      <div className={styles.toolbar}>
        <label htmlFor={searchId}>Search</label>
        <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={`Name or country`} />
        <span className={styles.saving} aria-hidden={!list.isSaving}>
          {list.isSaving ? "Saving…" : ""}
        </span>
      </div>

      <div role="status" aria-live="polite" className={styles.notice} data-tone={list.notice?.tone}>
        {list.notice ? (
          <>
            <span>{list.notice.text}</span>
            {list.lastMove && list.notice.tone === "success" ? (
              <button type="button" onClick={list.undo} disabled={list.isSaving}>
                Undo
              </button>
            ) : null}
          </>
        ) : null}
      </div>

      {isFiltered ? <p className={styles.hint}>Showing {visible.length} of {list.rows.length}. Dragging works on the whole list; here, use the arrows or type a new {words.place}.</p> : null}

      <DndContext id={dndId} sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: `To reorder, press space or enter on the handle, move with the arrow keys, and press space or enter again to drop. Escape cancels.` } }}>
        <SortableContext items={visible.map((row) => row.id)} strategy={verticalListSortingStrategy}>
          <ol className={styles.list} aria-label={`Published, in ${words.place} order`} data-testid="published-list">
            {visible.map((row) => (
              <SortableRow key={row.id} row={row} count={list.rows.length} words={words} canDrag={!isFiltered && !list.isSaving} isSaving={list.isSaving} onMove={list.moveTo} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {visible.length === 0 ? <p className={styles.hint}>Nothing published matches “{query}”.</p> : null}

      <DraftRows drafts={query.trim() ? drafts.filter(matches) : drafts} publishedCount={list.rows.length} words={words} statusAction={statusAction} onNotice={list.setNotice} />
    </div>
  );
}
