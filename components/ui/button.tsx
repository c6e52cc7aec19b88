import Link from "next/link";
import type { ComponentProps, MouseEvent } from "react";
import styles from "./button.module.css";

/**
 * The dashboard's button (styled by ./button.module.css), and ButtonLink for links that look like one.
 *
 *   <Button type="submit" variant="primary" isPending={formState.isSubmitting} pendingLabel="Saving…">Save</Button>
 *   <Button variant="danger" onClick={…}>Delete</Button>
 *   <Button variant="toggle" aria-pressed={isShown}>Preview</Button>
 *   <ButtonLink href="/admin/cities/new" variant="primary">New city</ButtonLink>
 *
 * While `isPending`, the button stays focusable (aria-disabled, clicks ignored) and says what is
 * happening, so keyboard and screen-reader users keep their place.
 */
type Look = {
  /** "toggle": one of a few pressable choices, with aria-pressed. */
  variant?: "primary" | "danger" | "default" | "toggle";
  size?: "small" | "default";
};

type ButtonProps = ComponentProps<"button"> &
  Look & {
    isPending?: boolean;
    /** Shown instead of the children while pending, e.g. "Saving…". */
    pendingLabel?: string;
  };

function lookOf({ variant = "default", size = "default" }: Look, className: string | undefined) {
  return {
    className: [variant === "toggle" ? styles.toggle : styles.button, className].filter(Boolean).join(" "),
    "data-variant": variant === "default" || variant === "toggle" ? undefined : variant,
    "data-size": size === "default" ? undefined : size,
  };
}

// No handler of our own otherwise: a server component can render a submit button (no function to serialise).
const ignoreClick = (event: MouseEvent) => event.preventDefault();

export function Button({ variant, size, isPending = false, pendingLabel, type = "button", onClick, className, children, ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} {...lookOf({ variant, size }, className)} aria-disabled={isPending || undefined} onClick={isPending ? ignoreClick : onClick}>
      {isPending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

type ButtonLinkProps = Omit<Look, "variant"> & { variant?: "primary" | "danger" | "default" } & (
    | (ComponentProps<typeof Link> & { plain?: false })
    /** A plain <a>: no client-side navigation and no prefetch (a retry that must load the page afresh, a page opened in a new tab). */
    | (ComponentProps<"a"> & { href: string; plain: true })
  );

/** A link that looks like a button ("New city", "Trash", "View"). */
export function ButtonLink({ variant, size, className, ...rest }: ButtonLinkProps) {
  const look = lookOf({ variant, size }, className);
  if (rest.plain) {
    const { plain: _plain, ...anchor } = rest;
    return <a {...anchor} {...look} />;
  }
  const { plain: _plain, ...link } = rest;
  return <Link {...link} {...look} />;
}
