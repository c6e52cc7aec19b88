"use client";

import { useSyncExternalStore, type ComponentProps } from "react";
import styles from "./script-form.module.css";

const subscribeToNothing = () => () => {};

/**
 * A form that needs JavaScript (react-hook-form's handleSubmit, no `action`). Until the page is
 * hydrated its controls are disabled, through a fieldset around them: text typed meanwhile would
 * not reach the form's state, and a submit would be the browser's own GET to the page's address,
 * with the fields (a password too) in it.
 */
export function ScriptForm({ children, ...rest }: ComponentProps<"form">) {
  // false in the server's HTML and during hydration, true from the first client render after it.
  const isHydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  return (
    <form {...rest}>
      {/* role="none": a wrapper for the disabled state only, not a group for assistive technology. */}
      <fieldset disabled={!isHydrated} role="none" className={styles.controls}>
        {children}
      </fieldset>
    </form>
  );
}
