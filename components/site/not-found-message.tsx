import Link from "next/link";

/** The 404 message, the same for unknown addresses and for cities that are not (or no longer) published. */
export function NotFoundMessage() {
  return (
    <div className="site-message">
      <p className="kicker">Error 404</p>
      <h1>This page is not here</h1>
      <p>The address may be mistyped, or the page was moved or taken down. Every city we rank is in the list.</p>
      <p>
        <Link href="/" className="site-button">
          Go to the ranking
        </Link>
      </p>
    </div>
  );
}
