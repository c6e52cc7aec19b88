/** A list in an import's preview: how many, and the first PREVIEW_ITEMS of them (a preview of 10,000 moves names the first 200). */
export type Listed<T> = { count: number; items: T[] };

export const PREVIEW_ITEMS = 200;

export const listed = <T>(): Listed<T> => ({ count: 0, items: [] });

export function push<T>(list: Listed<T>, item: T): void {
  list.count += 1;
  if (list.items.length < PREVIEW_ITEMS) list.items.push(item);
}
