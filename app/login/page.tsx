import type { Metadata } from "next";
import { redirect } from "next/navigation";
import "@/app/admin/base.css";
import { LoginForm } from "@/components/admin/login-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/messages";
import { currentEditor } from "@/lib/auth/session";
import { isDatabaseUnreachable } from "@/lib/database/errors";
import styles from "./login.module.css";

export const metadata: Metadata = { title: "Sign in · Smart Cities", robots: { index: false, follow: false } };

type Search = { callbackUrl?: string | string[]; error?: string | string[] };
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const callbackPath = safeCallbackPath(first(search.callbackUrl));
  // Already signed in: straight on. (With the database down, the form still shows and says so on submit.)
  const editor = await currentEditor().catch((error: unknown) => {
    if (isDatabaseUnreachable(error)) return null;
    throw error;
  });
  if (editor) redirect(callbackPath);

  return (
    <div className={`admin ${styles.login}`}>
      <main>
        <h1 id="login-heading">Sign in to the dashboard</h1>
        <p className={styles.intro}>Top N Smart Cities in Asia: for editors and admins.</p>
        <LoginForm callbackPath={callbackPath} initialError={signInErrorMessage(first(search.error))} />
      </main>
    </div>
  );
}
