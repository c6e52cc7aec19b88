import Link from "next/link";
import { SITE_NAME } from "@/lib/site-metadata";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="site-brand">
          {SITE_NAME}
        </Link>
        <nav aria-label="Site">
          <ul className="site-nav">
            <li>
              <Link href="/#ranking">The ranking</Link>
            </li>
            <li>
              <Link href="/#faq">FAQ</Link>
            </li>
            <li>
              <Link href="/#at-a-glance">At a glance</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
