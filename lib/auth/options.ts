import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { SIGN_IN_BROKE_MESSAGE } from "./messages";
import { authSecret } from "./secret";
import { clientAddress, signInWithPassword } from "./sign-in";
import { usesSecureCookies } from "./site-url";

/** Sessions end 12 hours after sign-in at the latest (and at once when lib/auth/session.ts says so). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * next-auth v4: email + password through the Credentials provider, sessions in a signed and
 * encrypted JWT cookie (HttpOnly, SameSite=Lax, Secure on https) that holds the user's id and
 * sessionVersion only. Role and account status are read from the database on every request.
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: usesSecureCookies(),
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        // next-auth passes a thrown message back to the login form (as `error`, in the URL): only
        // our own sentences, never an internal error's text.
        const outcome = await signInWithPassword({
          email: credentials?.email,
          password: credentials?.password,
          address: clientAddress(request.headers ?? {}),
        }).catch((error: unknown) => {
          console.error("Sign-in failed unexpectedly:", error);
          return { ok: false as const, message: SIGN_IN_BROKE_MESSAGE };
        });
        if (!outcome.ok) throw new Error(outcome.message);
        return { id: String(outcome.user.id), email: outcome.user.email, sessionVersion: outcome.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.userId = Number(user.id);
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, userId: token.userId, sessionVersion: token.sessionVersion };
    },
  },
};
