import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { Table, TableScroller } from "@/components/ui/table";
import { formatTimestamp } from "@/lib/format-date";
import type { RevisionHistoryView } from "@/lib/revisions/queries";
import type { Result } from "@/lib/result";
import { RestoreRevisionButton } from "./restore-revision-button";
import { RevisionDiff } from "./revision-diff";
import styles from "./revision-history.module.css";

type Props = {
  view: RevisionHistoryView;
  /** The history page's own address, without a query. */
  path: string;
  /** The record's version now, which a restore is based on. */
  version: number;
  id?: number;
  restore: (input: { id?: number; number: number; version: number }) => Promise<Result<unknown>>;
};

/** A record's revisions, newest first, with a comparison of any two and a restore for each older one. */
export function RevisionHistory({ view, path, version, id, restore }: Props) {
  const { revisions, newest, comparison, nextBefore } = view;
  if (newest === 0) {
    return <p>No revisions yet. The next save keeps the text as it is now as the first revision, and the saved text as the second.</p>;
  }
  return (
    <>
      <Section headingId="comparison" title="Compare two revisions">
        <form action={path} method="get" className={styles.compare}>
          <label>
            Older revision
            <input type="number" name="from" min={1} max={newest} defaultValue={comparison?.from ?? Math.max(1, newest - 1)} required />
          </label>
          <label>
            Newer revision
            <input type="number" name="to" min={1} max={newest} defaultValue={comparison?.to ?? newest} required />
          </label>
          <Button type="submit">Compare</Button>
        </form>
        {comparison ? (
          <RevisionDiff {...comparison} />
        ) : (
          <p>{newest === 1 ? "Only one revision so far: there is nothing to compare it with yet." : "Choose two different revisions to compare."}</p>
        )}
      </Section>
      <Section headingId="revisions" title={`Revisions (${newest})`}>
        <TableScroller role="region" aria-label="Table of revisions" tabIndex={0}>
          <Table>
            <thead>
              <tr>
                <th scope="col">Revision</th>
                <th scope="col">Saved</th>
                <th scope="col">What changed</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => (
                <tr key={revision.number} data-testid={`revision-${revision.number}`}>
                  <th scope="row">
                    {revision.number}
                    {revision.number === newest ? " (current)" : ""}
                  </th>
                  <td>
                    <time dateTime={revision.at.toISOString()}>{formatTimestamp(revision.at, { seconds: true })}</time>
                    <br />
                    {revision.user?.name ?? revision.userEmail}
                  </td>
                  <td>
                    {revision.summary}
                    {revision.restoredFrom ? <span className={styles.restoredFrom}> (the text of revision {revision.restoredFrom})</span> : null}
                  </td>
                  <td>
                    {revision.number > 1 ? (
                      <Link href={`${path}?from=${revision.number - 1}&to=${revision.number}#comparison`}>
                        Compare {revision.number} with {revision.number - 1}
                      </Link>
                    ) : null}
                    {revision.number !== newest ? (
                      <RestoreRevisionButton
                        number={revision.number}
                        version={version}
                        id={id}
                        restore={restore}
                        restoredHref={`${path}?restored=${revision.number}`}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableScroller>
        {nextBefore ? (
          <p>
            <Link href={`${path}?before=${nextBefore}`}>Older revisions</Link>
          </p>
        ) : null}
      </Section>
    </>
  );
}

/** The line a history page shows after a restore. */
export function restoredMessage(restored: string | undefined, newest: number) {
  const number = Number(restored);
  return Number.isInteger(number) && number >= 1 && number < newest
    ? `Revision ${number} is restored: its text is now revision ${newest}, the current one.`
    : null;
}
