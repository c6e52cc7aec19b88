import Link from "next/link";
import { SITE_NAME } from "@/lib/site-metadata";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p className="site-footer-name">{SITE_NAME}</p>
        <p>The smart cities of Asia, ranked: how each one uses technology to serve the people who live there.</p>
        <nav aria-label="Footer">
          <ul className="site-footer-links">
            <li>
              <Link href="/">The ranking</Link>
            </li>
            <li>
              <Link href="/#faq">Frequently asked questions</Link>
            </li>
            <li>
              {/* A JSON document, not a page: no prefetching. */}
              <Link href="/api/cities" prefetch={false}>
                The ranking as data (JSON)
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
