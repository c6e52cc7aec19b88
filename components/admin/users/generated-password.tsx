"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import formLayout from "@/components/ui/form.module.css";
import styles from "./generated-password.module.css";

/** A generated password, shown once: selectable text plus a copy button. */
export function GeneratedPassword({ email, password }: { email: string; password: string }) {
  const [isCopied, setIsCopied] = useState(false);
  return (
    <>
      <p>
        The password of <strong>{email}</strong> is shown only this once. Pass it on through a safe channel; they can sign in with it right away.
      </p>
      <p className={formLayout.actions}>
        <code className={styles.secret} data-testid="generated-password">
          {password}
        </code>
        <Button
          size="small"
          onClick={async () => {
            await navigator.clipboard.writeText(password);
            setIsCopied(true);
          }}
        >
          {isCopied ? "Copied" : "Copy"}
        </Button>
      </p>
    </>
  );
}
