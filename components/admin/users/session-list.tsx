import type { ReactNode } from "react";
import { Table } from "@/components/ui/table";
import type { OpenSession } from "@/lib/auth/server-sessions";
import { formatDateTime } from "@/lib/format-date";

type Props = {
  sessions: OpenSession[];
  /** Marks "this browser" on the account page. */
  currentSessionId?: string;
  /** A control per session (the admins' "End session"). */
  actionFor?: (session: OpenSession) => ReactNode;
};

/** A user's open sessions: browser, address, since when, last seen, and when each ends at the latest. */
export function SessionList({ sessions, currentSessionId, actionFor }: Props) {
  if (sessions.length === 0) return <p>No open sessions.</p>;
  return (
    <Table aria-label="Open sessions">
      <thead>
        <tr>
          <th scope="col">Browser</th>
          <th scope="col">Address</th>
          <th scope="col">Signed in</th>
          <th scope="col">Last seen</th>
          <th scope="col">Ends at the latest</th>
          {actionFor ? (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id}>
            <td>
              {session.userAgent}
              {session.id === currentSessionId ? <strong> (this browser)</strong> : null}
            </td>
            <td>{session.address ?? "Unknown"}</td>
            <td>{formatDateTime(session.createdAt)}</td>
            <td>{formatDateTime(session.lastSeenAt)}</td>
            <td>{formatDateTime(session.expiresAt)}</td>
            {actionFor ? <td>{actionFor(session)}</td> : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
