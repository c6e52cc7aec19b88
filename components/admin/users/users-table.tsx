import Link from "next/link";
import type { UserForAdmin } from "@/lib/users/queries";
import { formatDateTime, roleLabel, userState } from "./user-labels";

/** Every user: name (links to their page), email, role, status, last sign-in. Scrolls sideways on phones. */
export function UsersTable({ users, currentUserId }: { users: UserForAdmin[]; currentUserId: number }) {
  return (
    <div className="admin-table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
      <table className="admin-table">
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
                  <span className="badge" data-tone={state.tone}>
                    {state.label}
                  </span>
                </td>
                <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Never"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
