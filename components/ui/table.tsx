import type { ComponentProps } from "react";
import styles from "./table.module.css";

/** The dashboard's data table (users, sessions, the trash, an activity's changes). */
export function Table({ className, ...rest }: ComponentProps<"table">) {
  return <table {...rest} className={[styles.table, className].filter(Boolean).join(" ")} />;
}

/** Lets a wide table scroll sideways on a phone; give it role="region", a name and tabIndex={0} so keyboards can scroll it. */
export function TableScroller(props: ComponentProps<"div">) {
  return <div {...props} className={styles.scroller} />;
}
