"use client";

import Link from "next/link";

// An unexpected failure while rendering a public page (e.g. the database is unreachable when a
// page is regenerated). Readers get the site's frame and a way on; the details go to the server log.
export default function SiteError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="site-message" role="alert">
      <p className="kicker">Something went wrong</p>
      <h1>This page could not be shown</h1>
      <p>It is our fault, not yours. Please try again in a moment.</p>
      <p className="site-message-actions">
        <button type="button" className="site-button" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/">Go to the ranking</Link>
      </p>
    </div>
  );
}
