import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { endPreview } from "../preview/end";
import { isDatabaseUnreachable } from "../database/errors";
import { clientAddressKey } from "./client-address";
import { DEVICE_COOKIE_MAX_AGE_SECONDS, DEVICE_COOKIE_PREFIX, deviceCookieName } from "./device-cookie";
import { SIGN_IN_BROKE_MESSAGE } from "./messages";
import { authSecret } from "./secret";
import { endSession, isSessionLive, sessionMaxAgeSeconds, startSession } from "./server-sessions";
import { signInWithPassword } from "./sign-in";
import { usesSecureCookies } from "./site-url";

/**
 * next-auth v4: email + password through the Credentials provider, sessions in a signed and
 * encrypted JWT cookie (HttpOnly, SameSite=Lax, Secure on https) that names a server-side session
 * (lib/auth/server-sessions.ts) and holds the user's id and sessionVersion. Role and account status
 * are read from the database on every request; an ended or expired session is refused everywhere.
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds() },
  jwt: { maxAge: sessionMaxAgeSeconds() },
  useSecureCookies: usesSecureCookies(),
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        // next-auth passes a thrown message back to the login form (as `error`, in the URL): only
        // our own sentences, never an internal error's text.
        const headers = request.headers ?? {};
        const address = clientAddressKey(headers);
        const jar = await cookies();
        const outcome = await signInWithPassword({
          email: credentials?.email,
          password: credentials?.password,
          address,
          deviceTokens: jar
            .getAll()
            .filter((cookie) => cookie.name.startsWith(DEVICE_COOKIE_PREFIX))
            .map((cookie) => cookie.value),
        }).catch((error: unknown) => {
          console.error("Sign-in failed unexpectedly:", error);
          return { ok: false as const, message: SIGN_IN_BROKE_MESSAGE };
        });
        if (!outcome.ok) throw new Error(outcome.message);
        // Next adds cookies set here to the sign-in's answer (a route handler's mutable cookies).
        jar.set(deviceCookieName(outcome.user.id), outcome.deviceToken, {
          httpOnly: true,
          sameSite: "lax",
          secure: usesSecureCookies(),
          path: "/api/auth",
          maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
        });
        const userAgent = typeof headers["user-agent"] === "string" ? headers["user-agent"] : null;
        const session = await startSession(outcome.user.id, { userAgent, address });
        return {
          id: String(outcome.user.id),
          email: outcome.user.email,
          sessionVersion: outcome.user.sessionVersion,
          sessionId: session.id,
          sessionExpiresAt: session.expiresAt.getTime(),
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.userId = Number(user.id);
        token.sessionVersion = user.sessionVersion;
        token.sessionId = user.sessionId;
        token.sessionExpiresAt = user.sessionExpiresAt;
        return token;
      }
      // Runs on every /api/auth/session and getServerSession: next-auth re-issues the cookie with
      // a fresh expiry each time, so the absolute lifetime and sign-out are enforced here.
      await refuseEndedSession(token);
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, userId: token.userId, sessionVersion: token.sessionVersion, sessionId: token.sessionId };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sessionId) await endSession(token.sessionId);
      // A preview (draft mode, lib/preview) ends with the session that opened it.
      await endPreview();
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session is an answer ("no session"), not an error worth a stack trace in the log.
      if (metadata instanceof SessionOverError) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`);
    },
    debug() {},
  },
};

/** Thrown from the jwt callback: next-auth then clears the cookie and answers "no session". */
class SessionOverError extends Error {}

async function refuseEndedSession(token: JWT): Promise<void> {
  const { sessionId, userId, sessionExpiresAt } = token;
  if (typeof sessionId !== "string" || !Number.isSafeInteger(userId) || typeof sessionExpiresAt !== "number")
    throw new SessionOverError("not a session of this app");
  if (sessionExpiresAt <= Date.now()) throw new SessionOverError("past its absolute lifetime");
  try {
    if (!(await isSessionLive(sessionId, userId!))) throw new SessionOverError("ended");
  } catch (error) {
    // An unreachable database is not an ended session: the page's own check reports the outage.
    if (!isDatabaseUnreachable(error)) throw error;
  }
}
