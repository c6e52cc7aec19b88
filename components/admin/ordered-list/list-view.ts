import { z } from "zod";

// What part of a long ordered list the dashboard shows, as the URL says it:
// `?page=3&q=tok&drafts=2` (page of the published list or of its search results, the search, and
// the page of the drafts). Parsed with zod like any other input; a bad value is named to the editor
// and replaced by its default, the valid ones are kept.

/** Rows per page, published and drafts alike: small enough for a light page at 10,000 entries. */
export const LIST_PAGE_SIZE = 50;
export const SEARCH_MAX_LENGTH = 100;

export type ListViewRequest = { page: number; query: string; draftPage: number };

/** A URL parameter as one string; repeated parameters count by their first value, an empty one as absent. */
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value) || undefined;

const pageNumberSchema = (what: string) =>
  z.preprocess(
    single,
    z
      .string()
      .regex(/^\d{1,9}$/, { error: `The ${what} number in the address must be a whole number from 1; showing the first ${what}.` })
      .transform(Number)
      .refine((page) => page >= 1, { error: `The ${what} number in the address must be a whole number from 1; showing the first ${what}.` })
      .optional(),
  );

export const listViewRequestSchema = z.object({
  page: pageNumberSchema("page"),
  q: z.preprocess(
    single,
    z
      .string()
      .trim()
      .max(SEARCH_MAX_LENGTH, { error: `Search for at most ${SEARCH_MAX_LENGTH} characters; showing everything.` })
      .optional(),
  ),
  drafts: pageNumberSchema("drafts page"),
});

export type SearchParams = Record<string, string | string[] | undefined>;

/** The view the URL asks for, and a sentence for every parameter that was refused. */
export function parseListViewRequest(searchParams: SearchParams): { request: ListViewRequest; problems: string[] } {
  const parsed = listViewRequestSchema.safeParse(searchParams);
  if (parsed.success) return { request: toRequest(parsed.data), problems: [] };
  const refused = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const kept = Object.fromEntries(Object.entries(searchParams).filter(([name]) => !refused.has(name)));
  return { request: toRequest(listViewRequestSchema.parse(kept)), problems: [...new Set(parsed.error.issues.map((issue) => issue.message))] };
}

function toRequest(data: z.output<typeof listViewRequestSchema>): ListViewRequest {
  return { page: data.page ?? 1, query: data.q ?? "", draftPage: data.drafts ?? 1 };
}

/** The address of a view, leaving out what is at its default. */
export function listViewHref(basePath: string, view: Partial<ListViewRequest>): string {
  const params = new URLSearchParams();
  if (view.query) params.set("q", view.query);
  if (view.page && view.page > 1) params.set("page", String(view.page));
  if (view.draftPage && view.draftPage > 1) params.set("drafts", String(view.draftPage));
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}

/** The page of the unfiltered list that shows `position`. */
export const pageOfPosition = (position: number, pageSize: number = LIST_PAGE_SIZE) => Math.max(1, Math.ceil(position / pageSize));

/** What the page says when the address asked for a page past the end (it shows the last one instead). */
export function pastTheEndProblems(request: ListViewRequest, view: { page: number; pageCount: number; draftPage: number; draftPageCount: number }): string[] {
  const problems: string[] = [];
  if (request.page > view.page) problems.push(`There ${view.pageCount === 1 ? "is only 1 page" : `are only ${view.pageCount} pages`}; showing the last.`);
  if (request.draftPage > view.draftPage)
    problems.push(`There ${view.draftPageCount === 1 ? "is only 1 page" : `are only ${view.draftPageCount} pages`} of drafts; showing the last.`);
  return problems;
}
