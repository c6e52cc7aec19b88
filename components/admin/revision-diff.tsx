import type { FieldDiff } from "@/lib/revisions/diff";
import styles from "./revision-history.module.css";

/** Two revisions side by side in one text: removed words struck through, added ones underlined, field by field. */
export function RevisionDiff({ from, to, fields }: { from: number; to: number; fields: FieldDiff[] }) {
  const changed = fields.filter((field) => field.changed);
  const unchanged = fields.filter((field) => !field.changed);
  return (
    <div data-testid="revision-diff">
      <p>
        From revision {from} to revision {to}:{" "}
        {changed.length === 0 ? "the text is the same." : `${changed.length} ${changed.length === 1 ? "field" : "fields"} changed.`}
        {unchanged.length > 0 && changed.length > 0 ? ` Unchanged: ${unchanged.map((field) => field.label).join(", ")}.` : null}
      </p>
      {changed.map((field) => (
        <div key={field.field} className={styles.field}>
          <h3>{field.label}</h3>
          <p className={styles.diff}>
            {field.parts.map((part, index) =>
              part.change === "added" ? (
                <ins key={index}>
                  <span className="visually-hidden">added: </span>
                  {part.text}
                </ins>
              ) : part.change === "removed" ? (
                <del key={index}>
                  <span className="visually-hidden">removed: </span>
                  {part.text}
                </del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
        </div>
      ))}
    </div>
  );
}
