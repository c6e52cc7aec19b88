import { Table } from "@/components/ui/table";
import type { ActivityEvent } from "@/lib/activity/queries";
import { formatTimestamp } from "@/lib/format-date";
import { revisionHistoryPath } from "@/lib/revisions/paths";
import Link from "next/link";
import styles from "./activity-list.module.css";

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
const show = (value: unknown) => (value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value));

/** The fields a change touched, before and after (a whole record when it was created or deleted). */
function ChangedFields({ before, after }: { before: unknown; after: unknown }) {
  const from = isObject(before) ? before : {};
  const to = isObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((key) => JSON.stringify(from[key]) !== JSON.stringify(to[key]));
  if (keys.length === 0) return null;
  return (
    <details>
      <summary>Changes ({keys.length})</summary>
      <Table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row">{key}</th>
              <td className={styles.value}>{show(from[key])}</td>
              <td className={styles.value}>{show(to[key])}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </details>
  );
}

/** The revision a change saved: its history page, comparing it with the one before. */
function RevisionLink({ event }: { event: ActivityEvent }) {
  const number = event.revision?.number;
  const href = number ? revisionHistoryPath(event.entityType, event.entityId, { from: number > 1 ? number - 1 : undefined, to: number }) : null;
  if (!number || !href) return null;
  return (
    <p>
      <Link href={href}>Revision {number}</Link>
    </p>
  );
}

export function ActivityList({ events }: { events: ActivityEvent[] }) {
  if (events.length === 0) return <p>No changes recorded yet.</p>;
  return (
    <ol className={styles.list} data-testid="activity-list">
      {events.map((event) => (
        <li key={event.id}>
          <p>
            <strong>{event.summary}</strong>
          </p>
          <p className={styles.meta}>
            {event.user?.name ?? event.userEmail} ({event.userEmail}),{" "}
            <time dateTime={event.at.toISOString()}>{formatTimestamp(event.at, { seconds: true })}</time>, {event.action}
            {event.entityId ? ` #${event.entityId}` : ""}
          </p>
          <RevisionLink event={event} />
          <ChangedFields before={event.before} after={event.after} />
        </li>
      ))}
    </ol>
  );
}
