import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

/** What requireAdmin() shows an editor (with a 403 status): inside the dashboard shell, with a way on. */
export default function Forbidden() {
  return (
    <>
      <PageHeader title="You do not have access to this page" description="Only admins can open it. If you need something done here, ask an admin." />
      <p>
        <Link href="/admin/cities">Go to the cities</Link>
      </p>
    </>
  );
}
