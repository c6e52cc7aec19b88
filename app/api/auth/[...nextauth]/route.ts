import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's standard endpoints: GET /api/auth/csrf, POST /api/auth/callback/credentials
// (email, password, csrfToken), POST /api/auth/signout, GET /api/auth/session.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
