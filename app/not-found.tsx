import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteShell } from "@/components/site/site-shell";

// Addresses that match no route at all. Outside the public site's layout, so it brings the site's
// frame itself. (A public page's notFound() renders app/(site)/not-found.tsx inside that layout.)
export const metadata: Metadata = { title: "Page not found · Smart Cities in Asia", robots: { index: false } };

export default function NotFound() {
  return (
    <SiteShell>
      <NotFoundMessage />
    </SiteShell>
  );
}
