import type { ReactNode } from "react";

/**
 * The top of every dashboard page: its one h1, an optional introduction, and its main actions.
 *
 *   <PageHeader title="Users" description="Who can sign in, and what they may do."
 *     actions={<Link href="/admin/users/new" className="admin-button" data-variant="primary">Add a user</Link>} />
 *
 * Styled by .admin-page-header / .admin-page-actions in components/admin/admin.css.
 */
export function PageHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="admin-page-header">
      <h1>{title}</h1>
      {description ? <p>{description}</p> : null}
      {actions ? <div className="admin-page-actions">{actions}</div> : null}
    </header>
  );
}
