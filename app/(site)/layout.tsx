import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/site/site-shell";
import { isPreview } from "@/lib/preview/is-preview";
import { SITE_NAME, siteAddress } from "@/lib/site-metadata";

export const metadata: Metadata = {
  metadataBase: siteAddress(),
  // "|", not "·": the 404 page's title stays ASCII like every public page (lib/html.ts).
  title: { template: `%s | ${SITE_NAME}`, default: SITE_NAME },
  applicationName: SITE_NAME,
  formatDetection: { telephone: false },
};

// Both colour schemes are offered; the browser picks one from the reader's setting.
export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#151413" },
  ],
};

export default async function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell isPreview={await isPreview()}>{children}</SiteShell>;
}
