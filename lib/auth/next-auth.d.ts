// What this app keeps in next-auth's JWT and session (see lib/auth/options.ts).
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    /** The server-side session (lib/auth/server-sessions.ts) this sign-in started. */
    sessionId?: string;
    /** Its absolute end, in milliseconds since 1970. */
    sessionExpiresAt?: number;
  }
  interface Session {
    userId?: number;
    sessionVersion?: number;
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: number;
    sessionVersion?: number;
    sessionId?: string;
    sessionExpiresAt?: number;
  }
}
