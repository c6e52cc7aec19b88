// Pure rules of an ordered list (the ranking, the FAQ). Positions are 1-based and contiguous.

/** The order after moving `id` to `toPosition` (clamped to the list), everything else keeping its relative order. */
export function moveInOrder<T>(order: readonly T[], id: T, toPosition: number): T[] {
  const from = order.indexOf(id);
  if (from === -1) throw new Error("moveInOrder: the item is not in the list");
  const to = clampPosition(toPosition, order.length) - 1;
  const moved = order.filter((other) => other !== id);
  moved.splice(to, 0, id);
  return moved;
}

export function clampPosition(position: number, length: number): number {
  return Math.min(Math.max(1, Math.trunc(position)), Math.max(1, length));
}

/**
 * Why `proposed` cannot replace `current` as the complete order, or null when it can: it must hold
 * every current id exactly once and nothing else.
 */
export function orderProblem(current: readonly number[], proposed: readonly number[]): string | null {
  const known = new Set(current);
  const seen = new Set<number>();
  const duplicates = new Set<number>();
  for (const id of proposed) (seen.has(id) ? duplicates : seen).add(id);
  const unknown = proposed.filter((id) => !known.has(id));
  const missing = current.filter((id) => !seen.has(id));
  const problems: string[] = [];
  if (duplicates.size) problems.push(`listed more than once: ${[...duplicates].join(", ")}`);
  if (unknown.length) problems.push(`not in the published list: ${[...new Set(unknown)].join(", ")}`);
  if (missing.length) problems.push(`missing: ${missing.join(", ")}`);
  return problems.length ? `The new order must name every published entry exactly once (${problems.join("; ")}).` : null;
}
