import Link from "next/link";
import type { ReactNode } from "react";
import styles from "./page-header.module.css";

type Props = {
  title: ReactNode;
  /** A link up to the page this one belongs to, shown above the title: "← Cities". */
  back?: { href: string; label: string };
  description?: ReactNode;
  /** More lines under the description, e.g. a "The city was created." status. */
  children?: ReactNode;
  actions?: ReactNode;
  /** Makes the actions a navigation landmark with this name, when they are links to other pages. */
  actionsLabel?: string;
};

/**
 * The top of every dashboard page: its one h1, an optional introduction, and its main actions.
 *
 *   <PageHeader title="Users" description="Who can sign in, and what they may do."
 *     actions={<ButtonLink href="/admin/users/new" variant="primary">Add a user</ButtonLink>} />
 *   <PageHeader title="New city" back={{ href: "/admin/cities", label: "Cities" }} />
 */
export function PageHeader({ title, back, description, children, actions, actionsLabel }: Props) {
  return (
    <header className={styles.header}>
      {back ? (
        <p>
          <Link href={back.href}>← {back.label}</Link>
        </p>
      ) : null}
      <h1>{title}</h1>
      {description ? <p>{description}</p> : null}
      {children}
      {actions && actionsLabel ? (
        <nav aria-label={actionsLabel} className={styles.actions}>
          {actions}
        </nav>
      ) : actions ? (
        <div className={styles.actions}>{actions}</div>
      ) : null}
    </header>
  );
}
