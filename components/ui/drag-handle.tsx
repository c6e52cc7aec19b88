import type { ComponentProps } from "react";
import styles from "./drag-handle.module.css";

/**
 * The grip a sortable row is dragged by. dnd-kit's `attributes` and `listeners` are spread onto it
 * (after ours, so its role, tabIndex and aria-* win) and its activator ref is passed as `ref`.
 *
 *   <DragHandle ref={setActivatorNodeRef} label={`Drag ${title}`} {...attributes} {...listeners} />
 */
export function DragHandle({ label, className, ...rest }: Omit<ComponentProps<"button">, "children"> & { label: string }) {
  return (
    <button type="button" className={[styles.handle, className].filter(Boolean).join(" ")} aria-label={label} {...rest}>
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
