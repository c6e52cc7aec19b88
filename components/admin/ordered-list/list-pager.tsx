import Form from "next/form";
import Link from "next/link";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { listViewHref } from "./list-view";
import styles from "./ordered-list.module.css";
import type { ListView } from "./types";

type Props = {
  /** What the pages are of, for screen readers: "Pages of the ranking", "Pages of the drafts". */
  label: string;
  basePath: string;
  view: ListView;
  /** Which of the two page numbers in the address this pager turns. */
  of: "published" | "drafts";
};

/**
 * Previous/next, the pages around the current one (and the first and last), and a "go to page"
 * form that works without JavaScript. Links keep the search and the other list's page.
 */
export function ListPager({ label, basePath, view, of }: Props) {
  const formId = useId();
  const [page, pageCount] = of === "published" ? [view.page, view.pageCount] : [view.draftPage, view.draftPageCount];
  if (pageCount <= 1) return null;
  const hrefOf = (target: number) => listViewHref(basePath, of === "published" ? { ...view, page: target } : { ...view, draftPage: target });
  const param = of === "published" ? "page" : "drafts";

  return (
    <nav aria-label={label} className={styles.pager}>
      <ul>
        <li>{page > 1 ? <Link href={hrefOf(page - 1)}>Previous</Link> : <span aria-hidden="true">Previous</span>}</li>
        {pageWindow(page, pageCount).map((entry, index) =>
          entry === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={entry}>
              <Link href={hrefOf(entry)} aria-current={entry === page ? "page" : undefined} aria-label={`Page ${entry}`}>
                {entry}
              </Link>
            </li>
          ),
        )}
        <li>{page < pageCount ? <Link href={hrefOf(page + 1)}>Next</Link> : <span aria-hidden="true">Next</span>}</li>
      </ul>
      <Form action={basePath} className={styles.goTo}>
        {view.query ? <input type="hidden" name="q" value={view.query} /> : null}
        {of === "drafts" && view.page > 1 ? <input type="hidden" name="page" value={view.page} /> : null}
        {of === "published" && view.draftPage > 1 ? <input type="hidden" name="drafts" value={view.draftPage} /> : null}
        <label htmlFor={formId}>
          Page {page} of {pageCount}, go to
        </label>
        <input id={formId} name={param} type="number" inputMode="numeric" min={1} max={pageCount} required />
        <Button type="submit" size="small">
          Go
        </Button>
      </Form>
    </nav>
  );
}

/** 1 … 4 5 [6] 7 8 … 200: the first and last page, and two either side of the current one. */
export function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const shown = new Set([1, pageCount]);
  for (let near = page - 2; near <= page + 2; near++) if (near >= 1 && near <= pageCount) shown.add(near);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((entry, index) => (index > 0 && entry - sorted[index - 1]! > 1 ? ["gap" as const, entry] : [entry]));
}
