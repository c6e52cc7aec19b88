import { describe, expect, it } from "vitest";
import { listViewHref, pageOfPosition, parseListViewRequest, pastTheEndProblems } from "./list-view";
import { pageWindow } from "./list-pager";
import type { OrderedRow } from "./types";
import { rowsAfterMove } from "./use-ordered-list";

describe("the list view in the address", () => {
  it("reads page, search and drafts page, trimming the search", () => {
    expect(parseListViewRequest({ page: "3", q: "  tok ", drafts: "2" })).toEqual({ request: { page: 3, query: "tok", draftPage: 2 }, problems: [] });
    expect(parseListViewRequest({})).toEqual({ request: { page: 1, query: "", draftPage: 1 }, problems: [] });
    expect(parseListViewRequest({ page: "", q: "" }).request).toEqual({ page: 1, query: "", draftPage: 1 });
    expect(parseListViewRequest({ page: ["4", "9"] }).request.page).toBe(4);
  });

  it("names a bad page number and keeps the rest of the address", () => {
    for (const page of ["0", "-1", "abc", "2.5", "1e3", "9999999999"]) {
      const { request, problems } = parseListViewRequest({ page, q: "seoul", drafts: "2" });
      expect(request, page).toEqual({ page: 1, query: "seoul", draftPage: 2 });
      expect(problems, page).toEqual(["The page number in the address must be a whole number from 1; showing the first page."]);
    }
    const { request, problems } = parseListViewRequest({ q: "x".repeat(101), drafts: "x" });
    expect(request).toEqual({ page: 1, query: "", draftPage: 1 });
    expect(problems).toHaveLength(2);
  });

  it("says when the page asked for is past the end", () => {
    expect(pastTheEndProblems({ page: 9, query: "", draftPage: 1 }, { page: 3, pageCount: 3, draftPage: 1, draftPageCount: 1 })).toEqual([
      "There are only 3 pages; showing the last.",
    ]);
    expect(pastTheEndProblems({ page: 1, query: "", draftPage: 1 }, { page: 1, pageCount: 3, draftPage: 1, draftPageCount: 1 })).toEqual([]);
  });

  it("writes addresses without the defaults", () => {
    expect(listViewHref("/admin/cities", { page: 1, query: "", draftPage: 1 })).toBe("/admin/cities");
    expect(listViewHref("/admin/cities", { page: 3, query: "ho chi", draftPage: 2 })).toBe("/admin/cities?q=ho+chi&page=3&drafts=2");
    expect(pageOfPosition(50, 50)).toBe(1);
    expect(pageOfPosition(51, 50)).toBe(2);
  });

  it("shows the first, the last and two pages either side of the current one", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, "gap", 5]);
    expect(pageWindow(100, 200)).toEqual([1, "gap", 98, 99, 100, 101, 102, "gap", 200]);
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe("a move shown at once, before the server answers", () => {
  const row = (id: number, position: number): OrderedRow => ({
    id,
    position,
    title: `City ${id}`,
    detail: "",
    status: "PUBLISHED",
    plannedPosition: null,
    version: 1,
    editHref: "",
    publicHref: null,
    updatedAt: "",
    updatedBy: null,
  });
  const page3 = [101, 102, 103, 104].map((position) => row(position, position));
  const places = (rows: OrderedRow[]) => rows.map((entry) => [entry.id, entry.position]);

  it("reorders within the page", () => {
    expect(places(rowsAfterMove(page3, 103, 101, false))).toEqual([
      [103, 101],
      [101, 102],
      [102, 103],
      [104, 104],
    ]);
  });

  it("drops an entry that leaves the page, and the rows it passed shift", () => {
    expect(places(rowsAfterMove(page3, 101, 100, false))).toEqual([
      [102, 102],
      [103, 103],
      [104, 104],
    ]);
    expect(places(rowsAfterMove(page3, 102, 1, false))).toEqual([
      [101, 102],
      [103, 103],
      [104, 104],
    ]);
    expect(places(rowsAfterMove(page3, 9000, 1, false))).toEqual([
      [101, 102],
      [102, 103],
      [103, 104],
    ]);
  });

  it("keeps every search result, at its new place", () => {
    const results = [row(1, 5), row(2, 70), row(3, 9000)];
    expect(places(rowsAfterMove(results, 9000, 1, true))).toEqual([
      [3, 1],
      [1, 6],
      [2, 71],
    ]);
  });
});
