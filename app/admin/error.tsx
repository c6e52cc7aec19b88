"use client";

import { DATABASE_UNREACHABLE_DIGEST } from "@/lib/database/errors";
import { DATABASE_UNREACHABLE_MESSAGE } from "@/lib/auth/messages";

// A dashboard page that failed to render. In production only the error's digest reaches this
// component: an unreachable database carries its own (lib/database/errors.ts) and is named as
// such; anything else gets a plain apology (the details are in the server log, never on screen).
export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  const isOutage = typeof error === "object" && error !== null && (error as { digest?: unknown }).digest === DATABASE_UNREACHABLE_DIGEST;
  return (
    <div role="alert">
      <header className="admin-page-header">
        <h1>{isOutage ? "The database is unreachable" : "This page could not be shown"}</h1>
        <p>{isOutage ? DATABASE_UNREACHABLE_MESSAGE : "Something went wrong on our side. Try again in a moment."}</p>
      </header>
      <p>
        <button type="button" className="admin-button" data-variant="primary" onClick={() => retry()}>
          Try again
        </button>
      </p>
    </div>
  );
}
