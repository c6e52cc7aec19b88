"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Signs out through next-auth (POST /api/auth/signout, CSRF-checked) and lands on the login page. */
export function SignOutButton() {
  const [isSigningOut, setIsSigningOut] = useState(false);
  return (
    <Button
      size="small"
      isPending={isSigningOut}
      pendingLabel="Signing out…"
      onClick={async () => {
        setIsSigningOut(true);
        await signOut({ callbackUrl: "/login" });
      }}
    >
      Sign out
    </Button>
  );
}
