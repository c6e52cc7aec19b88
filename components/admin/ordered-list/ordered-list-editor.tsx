"use client";

import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import Form from "next/form";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { DraftRows } from "./draft-rows";
import { ListPager } from "./list-pager";
import { listViewHref, pageOfPosition, SEARCH_MAX_LENGTH } from "./list-view";
import styles from "./ordered-list.module.css";
import { arrowButtonId, SortableRow } from "./sortable-row";
import type { ListView, ListWords, MoveAction, OrderedRow, StatusAction } from "./types";
import { useOrderedList, type ArrowDirection, type MovedEntry } from "./use-ordered-list";

type Props = {
  /** One page of the published entries, or of the search results. */
  published: OrderedRow[];
  /** How many entries are published in all. */
  publishedCount: number;
  /** One page of the drafts (of those matching the search). */
  drafts: OrderedRow[];
  view: ListView;
  /** Why a part of the address was not followed, for the editor. */
  problems: string[];
  listVersion: number;
  /** The dashboard page's own path: page links and the search stay on it. */
  basePath: string;
  words: ListWords;
  moveAction: MoveAction;
  statusAction: StatusAction;
};

/**
 * The published order, a page at a time (or the search results), editable three ways: drag and
 * drop within what is shown (mouse, touch or keyboard); up/down buttons and typing a new place,
 * which reach the whole list. Every move is saved at once. Then the drafts and where they would land.
 */
export function OrderedListEditor({
  published,
  publishedCount,
  drafts,
  view,
  problems,
  listVersion: serverVersion,
  basePath,
  words,
  moveAction,
  statusAction,
}: Props) {
  const router = useRouter();
  const isSearch = view.query !== "";
  // After an arrow moved an entry, focus stays on that arrow, on whichever page the entry now is.
  const focusAfterMove = useRef<{ id: number; arrow: ArrowDirection } | null>(null);

  function afterMove(entry: MovedEntry, arrow: ArrowDirection | undefined) {
    if (arrow) focusAfterMove.current = { id: entry.id, arrow };
    const pageOfEntry = pageOfPosition(entry.position, view.pageSize);
    // An arrow at the edge of a page carries the entry to the next page: follow it there, so the
    // next press moves it on. A typed move stays here and offers a link to where the entry went.
    if (arrow && !isSearch && pageOfEntry !== view.page)
      router.push(listViewHref(basePath, { page: pageOfEntry, draftPage: view.draftPage }), { scroll: false });
    else router.refresh();
  }

  const list = useOrderedList({ rows: published, publishedCount, listVersion: serverVersion, move: moveAction, place: words.place, isSearch, afterMove });
  const searchId = useId();
  // A stable id keeps dnd-kit's accessibility ids equal on the server and in the browser.
  const dndId = useId();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  useEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted || list.isSaving) return;
    const button = document.getElementById(arrowButtonId(wanted.id, wanted.arrow)) as HTMLButtonElement | null;
    const other = document.getElementById(arrowButtonId(wanted.id, wanted.arrow === "up" ? "down" : "up")) as HTMLButtonElement | null;
    if (!button) return;
    focusAfterMove.current = null;
    // At the top (or bottom) of the whole list that arrow is disabled: the other one keeps focus in the row.
    (button.disabled ? other : button)?.focus();
  }, [list.rows, list.isSaving]);

  const rowOf = (id: unknown) => list.rows.find((row) => row.id === Number(id));
  const placeOf = (id: unknown) => rowOf(id)?.position ?? 0;
  const titleOf = (id: unknown) => rowOf(id)?.title ?? "";
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${titleOf(active.id)}, ${words.place} ${placeOf(active.id)} of ${publishedCount}. Use the arrow keys to move, space to drop, escape to cancel.`,
    onDragOver: ({ active, over }) => (over ? `${titleOf(active.id)} is over ${words.place} ${placeOf(over.id)}.` : undefined),
    onDragEnd: ({ active, over }) => (over ? `${titleOf(active.id)} dropped at ${words.place} ${placeOf(over.id)}.` : `${titleOf(active.id)} dropped.`),
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    const row = rowOf(active.id);
    // Positions are places in the whole list: dropping on a row takes its place there.
    if (row && over && active.id !== over.id) list.moveTo({ id: row.id, title: row.title, position: row.position ?? 0 }, placeOf(over.id));
  }

  const moved = list.notice?.tone === "success" ? list.notice.moved : undefined;
  const movedOutOfView = moved && !list.isSaving && !list.rows.some((row) => row.id === moved.id);

  return (
    <div className={styles.editor}>
      <Form action={basePath} role="search" className={styles.toolbar}>
        <label htmlFor={searchId}>Search</label>
        <input key={view.query} id={searchId} type="search" name="q" defaultValue={view.query} maxLength={SEARCH_MAX_LENGTH} placeholder={words.searchHint} />
        <Button type="submit" size="small">
          Search
        </Button>
        {isSearch ? (
          <ButtonLink href={basePath} size="small">
            Show all
          </ButtonLink>
        ) : null}
        <span className={styles.saving} aria-hidden={!list.isSaving}>
          {list.isSaving ? "Saving…" : ""}
        </span>
      </Form>

      {problems.map((problem) => (
        <p key={problem} role="alert" className={styles.problem}>
          {problem}
        </p>
      ))}

      <div role="status" aria-live="polite" className={styles.notice} data-tone={list.notice?.tone}>
        {list.notice ? (
          <>
            <span>{list.notice.text}</span>
            {list.lastMove && list.notice.tone === "success" ? (
              <Button size="small" onClick={list.undo} disabled={list.isSaving}>
                Undo
              </Button>
            ) : null}
            {movedOutOfView ? (
              <Link href={listViewHref(basePath, { page: pageOfPosition(moved.position, view.pageSize) })}>
                Show {moved.title} at {words.place} {moved.position}
              </Link>
            ) : null}
          </>
        ) : null}
      </div>

      <p className={styles.hint} data-testid="list-summary">
        {isSearch
          ? `${view.matchCount} of ${publishedCount} published match “${view.query}”, each shown at its ${words.place}. Dragging reorders among these; the arrows and a typed ${words.place} move across the whole ${words.list}.`
          : list.rows.length > 0
            ? `Showing ${words.place}s ${list.rows[0]!.position}–${list.rows.at(-1)!.position} of ${publishedCount}.`
            : null}
      </p>

      <DndContext
        id={dndId}
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable: `To reorder, press space or enter on the handle, move with the arrow keys, and press space or enter again to drop. Escape cancels.`,
          },
        }}
      >
        <SortableContext items={list.rows.map((row) => row.id)} strategy={verticalListSortingStrategy}>
          <ol className={styles.list} aria-label={`Published, in ${words.place} order`} data-testid="published-list">
            {list.rows.map((row) => (
              <SortableRow key={row.id} row={row} count={publishedCount} words={words} canDrag={!list.isSaving} isSaving={list.isSaving} onMove={list.moveTo} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {list.rows.length === 0 ? <p className={styles.hint}>{isSearch ? `Nothing published matches “${view.query}”.` : `Nothing is published yet.`}</p> : null}
      <ListPager label={`Pages of the ${words.list}`} basePath={basePath} view={view} of="published" />

      <DraftRows
        drafts={drafts}
        view={view}
        basePath={basePath}
        publishedCount={publishedCount}
        words={words}
        statusAction={statusAction}
        onNotice={list.setNotice}
      />
    </div>
  );
}
