"use client";

import { getCsrfToken } from "next-auth/react";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import formLayout from "@/components/ui/form.module.css";

/**
 * Signs out through next-auth's sign-out endpoint (CSRF-checked) with `?everywhere=1`, which ends
 * every session of yours on the server (a copied cookie stops working too), this one included.
 * (app/api/auth/[...nextauth]/route.ts)
 */
export function SignOutEverywhereButton() {
  const [isPending, setIsPending] = useState(false);
  const [message, setMessage] = useState<StatusMessageValue | null>(null);

  const signOutEverywhere = async () => {
    setIsPending(true);
    setMessage(null);
    try {
      const csrfToken = (await getCsrfToken()) ?? "";
      const response = await fetch("/api/auth/signout?everywhere=1", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
      });
      if (!response.ok) throw new Error(String(response.status));
      // A full page load, so nothing of the dashboard stays in the router's cache.
      window.location.assign(new URL("/login", window.location.origin));
    } catch {
      setIsPending(false);
      setMessage({ tone: "error", text: "Signing out did not work. Check your connection and try again." });
    }
  };

  return (
    <>
      <p>Lost a device, or signed in somewhere you should not have? End every session of yours at once.</p>
      <div className={formLayout.actions}>
        <ConfirmButton
          tone="danger"
          title="Sign out everywhere?"
          body={<p>Every browser and script signed in as you is signed out at once, this one included.</p>}
          confirmLabel="Sign out everywhere"
          disabled={isPending}
          onConfirm={() => void signOutEverywhere()}
        >
          {isPending ? "Signing out…" : "Sign out everywhere"}
        </ConfirmButton>
      </div>
      <StatusMessage message={message} />
    </>
  );
}
