"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { clampPosition } from "@/lib/ranking/order";
import type { MoveAction, OrderedRow } from "./types";

export type Notice = {
  tone: "success" | "error";
  text: string;
  /** The entry a saved move was about, and where it is now. */ moved?: { id: number; title: string; position: number };
};
/** The entry to move: enough to move and undo it even when it is not among the rows shown. */
export type MovedEntry = { id: number; title: string; position: number };
/** Which arrow moved an entry, when one did: the view follows the entry to its new page. */
export type ArrowDirection = "up" | "down";
type LastMove = { id: number; title: string; from: number; to: number };

type Options = {
  /** The rows shown: one page of the list, or of its search results. Positions are places in the whole list. */
  rows: OrderedRow[];
  /** How many entries the whole list has: moves reach any place in it, shown or not. */
  publishedCount: number;
  listVersion: number;
  move: MoveAction;
  place: string;
  /** Whether the rows are search results (any places) rather than a run of consecutive places. */
  isSearch: boolean;
  /** After a saved move: show the new state (refresh, or go to the page the entry moved to). */
  afterMove: (entry: MovedEntry, arrow: ArrowDirection | undefined) => void;
};

/**
 * The client side of reordering: shows a move at once, sends it with the list version it was
 * based on, and on refusal puts the rows back and reloads them from the server. Moves name places
 * in the whole list, so an entry can go anywhere from whichever page shows it.
 */
export function useOrderedList({ rows: initial, publishedCount, listVersion: initialVersion, move, place, isSearch, afterMove }: Options) {
  const router = useRouter();
  const [rows, setRows] = useState(initial);
  const [listVersion, setListVersion] = useState(initialVersion);
  const [syncedFrom, setSyncedFrom] = useState({ initial, initialVersion });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [lastMove, setLastMove] = useState<LastMove | null>(null);
  const [isSaving, startSaving] = useTransition();

  // New data from the server (after a save, a refresh or another page) replaces the local rows.
  if (syncedFrom.initial !== initial || syncedFrom.initialVersion !== initialVersion) {
    setSyncedFrom({ initial, initialVersion });
    setRows(initial);
    setListVersion(initialVersion);
  }

  function moveTo(entry: MovedEntry, wanted: number, { isUndo = false, arrow }: { isUndo?: boolean; arrow?: ArrowDirection } = {}) {
    const from = entry.position;
    const to = clampPosition(wanted, publishedCount);
    if (from === to || isSaving) return;
    const previous = rows;
    setRows(rowsAfterMove(rows, from, to, isSearch));
    startSaving(async () => {
      const result = await move({ id: entry.id, to, listVersion });
      if (result.ok) {
        setListVersion(result.value.listVersion);
        setLastMove(isUndo ? null : { id: entry.id, title: entry.title, from, to });
        const text = isUndo ? `Undone: ${entry.title} is back at ${place} ${to}.` : `${entry.title} moved from ${place} ${from} to ${to}. Saved.`;
        setNotice({ tone: "success", text, moved: { id: entry.id, title: entry.title, position: to } });
        afterMove({ ...entry, position: to }, arrow);
      } else {
        setRows(previous);
        setLastMove(null);
        setNotice({ tone: "error", text: result.message });
        router.refresh();
      }
    });
  }

  function undo() {
    if (lastMove) moveTo({ id: lastMove.id, title: lastMove.title, position: lastMove.to }, lastMove.from, { isUndo: true });
  }

  return { rows, listVersion, notice, setNotice, lastMove, isSaving, moveTo, undo };
}

/**
 * The shown rows as they are after moving the entry at `from` to `to`: the entries between shift
 * by one. A page of consecutive places keeps only what still falls on it (the server's rows fill
 * the rest on refresh); search results keep every row, at its new place.
 */
export function rowsAfterMove(rows: OrderedRow[], from: number, to: number, isSearch: boolean): OrderedRow[] {
  const shift = (position: number) => {
    if (position === from) return to;
    if (from < to && position > from && position <= to) return position - 1;
    if (to < from && position >= to && position < from) return position + 1;
    return position;
  };
  const moved = rows.map((row) => ({ ...row, position: shift(row.position ?? 0) })).sort((a, b) => a.position - b.position);
  if (isSearch || rows.length === 0) return moved;
  const [first, last] = [rows[0]!.position ?? 0, rows.at(-1)!.position ?? 0];
  return moved.filter((row) => row.position >= first && row.position <= last);
}
