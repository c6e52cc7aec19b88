import { Button } from "@/components/ui/button";
import styles from "./activity-filters.module.css";

type Props = {
  /** [value, label] of each kind of record the viewer may filter by ("" for everything). */
  kinds: ReadonlyArray<readonly [string, string]>;
  entityType: string | undefined;
  entityId: string | undefined;
};

/** The activity log's filters: a GET form, so a filtered view is an address to share and works without JavaScript. */
export function ActivityFilters({ kinds, entityType, entityId }: Props) {
  return (
    <form method="get" className={styles.filters} aria-label="Filter the activity">
      <label htmlFor="activity-type">Kind of record</label>
      <select id="activity-type" name="type" defaultValue={entityType ?? ""}>
        {kinds.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor="activity-record">Record id</label>
      <input id="activity-record" name="record" defaultValue={entityId ?? ""} inputMode="numeric" size={6} />
      <Button type="submit">Filter</Button>
    </form>
  );
}
