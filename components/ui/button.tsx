import type { ComponentProps } from "react";

/**
 * The dashboard's button (styled by .admin-button in components/admin/admin.css).
 *
 *   <Button type="submit" variant="primary" isPending={formState.isSubmitting} pendingLabel="Saving…">Save</Button>
 *   <Button variant="danger" onClick={…}>Delete</Button>
 *
 * While `isPending`, the button stays focusable (aria-disabled, clicks ignored) and says what is
 * happening, so keyboard and screen-reader users keep their place. For links that look like buttons,
 * put className="admin-button" (and data-variant) on a <Link>.
 */
type ButtonProps = ComponentProps<"button"> & {
  variant?: "primary" | "danger" | "default";
  size?: "small" | "default";
  isPending?: boolean;
  /** Shown instead of the children while pending, e.g. "Saving…". */
  pendingLabel?: string;
};

export function Button({ variant = "default", size = "default", isPending = false, pendingLabel, type = "button", onClick, children, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={["admin-button", rest.className].filter(Boolean).join(" ")}
      data-variant={variant === "default" ? undefined : variant}
      data-size={size === "default" ? undefined : size}
      aria-disabled={isPending || undefined}
      onClick={(event) => {
        if (isPending) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {isPending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
