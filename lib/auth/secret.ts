const MIN_SECRET_LENGTH = 32;

/** The secret next-auth signs sessions with. NEXTAUTH_SECRET, or Auth.js's name AUTH_SECRET. */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.NEXTAUTH_SECRET || env.AUTH_SECRET || undefined;
}

/** Why this environment must not serve in production, or null when it may. */
export function productionSecretProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  const secret = authSecret(env);
  if (!secret) {
    return "NEXTAUTH_SECRET is not set. Sessions are signed with it; set it to a random value of at least 32 characters (for example: openssl rand -base64 32).";
  }
  if (secret.length < MIN_SECRET_LENGTH || new Set(secret).size < 8) {
    return `NEXTAUTH_SECRET is too weak: use a random value of at least ${MIN_SECRET_LENGTH} characters (for example: openssl rand -base64 32).`;
  }
  return null;
}
