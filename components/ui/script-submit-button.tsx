"use client";

import { useSyncExternalStore } from "react";
import { Button } from "./button";

const subscribeToNothing = () => () => {};

/**
 * The submit button of a form that needs JavaScript (react-hook-form's handleSubmit, no `action`).
 * It is disabled until the page is hydrated: before that, the browser's own submit would send the
 * fields as a GET to the page's address (a password too) and the click would seem to do nothing.
 */
export function ScriptSubmitButton({ disabled, ...rest }: Omit<React.ComponentProps<typeof Button>, "type">) {
  // false in the server's HTML and during hydration, true from the first client render after it.
  const isHydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  return <Button {...rest} type="submit" disabled={!isHydrated || disabled} />;
}
