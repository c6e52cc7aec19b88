import type { ReactNode } from "react";
import "./site.css";
import { SiteFooter } from "./site-footer";
import { PreviewBanner } from "./preview-banner";
import { SiteHeader } from "./site-header";

/**
 * The frame of every public page, the 404 page included: skip link, header, the page's <main>,
 * footer, and the preview banner while an editor previews. Styles are in site.css (scoped to `.site`, so none reaches the dashboard).
 */
export function SiteShell({ children, isPreview = false }: { children: ReactNode; isPreview?: boolean }) {
  return (
    <div className="site">
      <a href="#main-content" className="skip-link">
        Skip to content
      </a>
      {isPreview ? <PreviewBanner /> : null}
      <SiteHeader />
      <main id="main-content" tabIndex={-1} className="site-main">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
