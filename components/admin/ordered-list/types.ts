import type { Result } from "@/lib/result";

/** One entry of an ordered list as the dashboard shows it (a city, an FAQ entry). */
export type OrderedRow = {
  id: number;
  title: string;
  detail: string;
  status: "DRAFT" | "PUBLISHED";
  /** Rank or position; null for drafts. */
  position: number | null;
  /** Where a draft lands when published. */
  plannedPosition: number | null;
  version: number;
  editHref: string;
  publicHref: string | null;
  updatedAt: string;
  updatedBy: string | null;
};

/** The words a list uses: "rank"/"city"/"ranking" or "position"/"entry"/"FAQ", and what its search looks in. */
export type ListWords = { place: string; one: string; list: string; searchHint: string };

export type MoveAction = (input: { id: number; to: number; listVersion: number }) => Promise<Result<{ listVersion: number }>>;
export type StatusAction = (input: { id: number; version: number; status: "DRAFT" | "PUBLISHED" }) => Promise<Result<unknown>>;

/**
 * The part of a long list the page shows: a page of the published entries (of the search results
 * when `query` is set; `matchCount` counts them) and a page of the drafts.
 */
export type ListView = {
  query: string;
  page: number;
  pageCount: number;
  matchCount: number;
  draftPage: number;
  draftPageCount: number;
  draftCount: number;
  pageSize: number;
};
