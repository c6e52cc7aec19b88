import { Fragment, type ReactNode } from "react";
import styles from "./user-facts.module.css";

/** What an account page says about a user, as label and value pairs: email, role, last sign-in… */
export function UserFacts({ facts }: { facts: ReadonlyArray<readonly [string, ReactNode]> }) {
  return (
    <dl className={styles.facts}>
      {facts.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
