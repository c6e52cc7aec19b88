import type { ReactNode } from "react";
import styles from "./section.module.css";

/** A titled block of a dashboard page, named by its h2 (`headingId` ties them; forms label themselves with it too). */
export function Section({ headingId, title, children }: { headingId: string; title: ReactNode; children: ReactNode }) {
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
