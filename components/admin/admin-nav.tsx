"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./admin-nav.module.css";

const SECTIONS = [
  { href: "/admin/cities", label: "Cities" },
  { href: "/admin/faq", label: "FAQ" },
  { href: "/admin/page-text", label: "Page text" },
  { href: "/admin/editions", label: "Editions" },
  { href: "/admin/scheduled", label: "Scheduled" },
  { href: "/admin/activity", label: "Activity" },
  { href: "/admin/export", label: "Export" },
  { href: "/admin/import", label: "Import" },
] as const;

/** The dashboard's sections; Users only for admins. The current section is marked for screen readers too. */
export function AdminNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  const sections = isAdmin ? [...SECTIONS, { href: "/admin/users", label: "Users" }] : SECTIONS;
  const isCurrent = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav aria-label="Dashboard" className={styles.nav}>
      <ul>
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href} aria-current={isCurrent(section.href) ? "page" : undefined}>
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
