// The site's public address (NEXTAUTH_URL) decides whether cookies are Secure and which origin a
// JSON request may come from.

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function siteUrl(env: NodeJS.ProcessEnv): URL | null {
  try {
    return env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL) : null;
  } catch {
    return null;
  }
}

/** The origin people use, e.g. "https://cities.example.com"; null when NEXTAUTH_URL is unset. */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string | null {
  return siteUrl(env)?.origin ?? null;
}

/**
 * Session cookies are Secure (and get the __Secure- prefix) whenever the site is served over https,
 * and in production on anything but this machine: only loopback may serve sign-in over plain http.
 */
export function usesSecureCookies(env: NodeJS.ProcessEnv = process.env): boolean {
  const url = siteUrl(env);
  if (url?.protocol === "https:") return true;
  return env.NODE_ENV === "production" && url !== null && !LOOPBACK_HOSTS.has(url.hostname);
}

/**
 * Why this address must not serve in production, or null. NEXTAUTH_URL must be set (a guessed
 * http://localhost behind a TLS proxy would send the session cookie without Secure) and https,
 * unless ALLOW_INSECURE_HTTP=1 says this is a local trial.
 */
export function productionUrlProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = siteUrl(env);
  if (!env.NEXTAUTH_URL) {
    return "NEXTAUTH_URL is not set. Set it to the address people use, like https://cities.example.com (cookies and links depend on it).";
  }
  if (!url) return `NEXTAUTH_URL is not a valid URL (${env.NEXTAUTH_URL}). Set it to the address people use, like https://cities.example.com.`;
  if (url.protocol !== "https:" && env.ALLOW_INSECURE_HTTP !== "1") {
    return `NEXTAUTH_URL is ${url.origin}: serve the site over https and set NEXTAUTH_URL to its https:// address, or passwords and session cookies travel in the clear. (For a local trial only: ALLOW_INSECURE_HTTP=1.)`;
  }
  return null;
}
