import Link from "next/link";
import { Table, TableScroller } from "@/components/ui/table";
import type { UserForAdmin } from "@/lib/users/queries";
import { formatDateTime } from "@/lib/format-date";
import { roleLabel, userState } from "./user-labels";
import styles from "./users-table.module.css";

/** Every user: name (links to their page), email, role, status, last sign-in. Scrolls sideways on phones. */
export function UsersTable({ users, currentUserId }: { users: UserForAdmin[]; currentUserId: number }) {
  return (
    <TableScroller role="region" aria-labelledby="users-caption" tabIndex={0}>
      <Table>
        <caption id="users-caption" className="visually-hidden">
          Users ({users.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const state = userState(user);
            return (
              <tr key={user.id}>
                <th scope="row">
                  <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
                  {user.id === currentUserId ? " (you)" : null}
                </th>
                <td>{user.email}</td>
                <td>{roleLabel(user.role)}</td>
                <td>
                  <span className={styles.badge} data-tone={state.tone}>
                    {state.label}
                  </span>
                </td>
                <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Never"}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </TableScroller>
  );
}
