import { DATABASE_UNREACHABLE_MESSAGE } from "@/lib/auth/messages";

/**
 * What the dashboard shows while its database cannot be reached, instead of an error page: what
 * happened and what to do. Nothing was lost; the public site keeps serving its cached pages.
 */
export function DatabaseUnreachable({ retryHref }: { retryHref: string }) {
  return (
    <div role="alert">
      <header className="admin-page-header">
        <h1>The database is unreachable</h1>
        <p>{DATABASE_UNREACHABLE_MESSAGE}</p>
      </header>
      <p>The public site keeps showing the last published content meanwhile.</p>
      <p>
        <a href={retryHref} className="admin-button" data-variant="primary">
          Try again
        </a>
      </p>
    </div>
  );
}
