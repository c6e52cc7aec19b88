"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { moveInOrder } from "@/lib/ranking/order";
import type { MoveAction, OrderedRow } from "./types";

export type Notice = { tone: "success" | "error"; text: string };
type LastMove = { id: number; title: string; from: number; to: number };

/**
 * The client side of reordering: shows a move at once, sends it with the list version it was
 * based on, and on refusal puts the order back and reloads the list from the server.
 */
export function useOrderedList(initial: OrderedRow[], initialVersion: number, move: MoveAction, place: string) {
  const router = useRouter();
  const [rows, setRows] = useState(initial);
  const [listVersion, setListVersion] = useState(initialVersion);
  const [syncedFrom, setSyncedFrom] = useState({ initial, initialVersion });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [lastMove, setLastMove] = useState<LastMove | null>(null);
  const [isSaving, startSaving] = useTransition();

  // New data from the server (after a save or a refresh) replaces the local order.
  if (syncedFrom.initial !== initial || syncedFrom.initialVersion !== initialVersion) {
    setSyncedFrom({ initial, initialVersion });
    setRows(initial);
    setListVersion(initialVersion);
  }

  function moveTo(id: number, to: number, { isUndo = false } = {}) {
    const ids = rows.map((row) => row.id);
    const from = ids.indexOf(id) + 1;
    const row = rows[from - 1];
    if (!row || from === to || isSaving) return;
    const previous = rows;
    const order = moveInOrder(ids, id, to);
    const landed = order.indexOf(id) + 1;
    setRows(order.map((rowId, index) => ({ ...rows.find((other) => other.id === rowId)!, position: index + 1 })));
    startSaving(async () => {
      const result = await move({ id, to: landed, listVersion });
      if (result.ok) {
        setListVersion(result.value.listVersion);
        setLastMove(isUndo ? null : { id, title: row.title, from, to: landed });
        setNotice({ tone: "success", text: isUndo ? `Undone: ${row.title} is back at ${place} ${landed}.` : `${row.title} moved from ${place} ${from} to ${landed}. Saved.` });
      } else {
        setRows(previous);
        setLastMove(null);
        setNotice({ tone: "error", text: result.message });
      }
      router.refresh();
    });
  }

  function undo() {
    if (lastMove) moveTo(lastMove.id, lastMove.from, { isUndo: true });
  }

  return { rows, listVersion, notice, setNotice, lastMove, isSaving, moveTo, undo };
}
