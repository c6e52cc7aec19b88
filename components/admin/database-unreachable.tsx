import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { DATABASE_UNREACHABLE_MESSAGE } from "@/lib/auth/messages";

/**
 * What the dashboard shows while its database cannot be reached, instead of an error page: what
 * happened and what to do. Nothing was lost; the public site keeps serving its cached pages.
 */
export function DatabaseUnreachable({ retryHref }: { retryHref: string }) {
  return (
    <div role="alert">
      <PageHeader title="The database is unreachable" description={DATABASE_UNREACHABLE_MESSAGE} />
      <p>The public site keeps showing the last published content meanwhile.</p>
      <p>
        {/* A full page load: the shell itself must render again, not only this page. */}
        <ButtonLink plain href={retryHref} variant="primary">
          Try again
        </ButtonLink>
      </p>
    </div>
  );
}
