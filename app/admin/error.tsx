"use client";

import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { DATABASE_UNREACHABLE_DIGEST } from "@/lib/database/errors";
import { DATABASE_UNREACHABLE_MESSAGE } from "@/lib/auth/messages";

// A dashboard page that failed to render. In production only the error's digest reaches this
// component: an unreachable database carries its own (lib/database/errors.ts) and is named as
// such; anything else gets a plain apology (the details are in the server log, never on screen).
export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  const isOutage = typeof error === "object" && error !== null && (error as { digest?: unknown }).digest === DATABASE_UNREACHABLE_DIGEST;
  return (
    <div role="alert">
      <PageHeader
        title={isOutage ? "The database is unreachable" : "This page could not be shown"}
        description={isOutage ? DATABASE_UNREACHABLE_MESSAGE : "Something went wrong on our side. Try again in a moment."}
      />
      <p>
        <Button variant="primary" onClick={() => retry()}>
          Try again
        </Button>
      </p>
    </div>
  );
}
