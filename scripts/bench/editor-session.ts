import pg from "pg";
import type { Credentials } from "../../e2e/helpers/auth";

/** A signed-in editor as a script is: the cookies next-auth set, sent back on every request. */
export type EditorSession = { origin: string; cookie: string };

function collectCookies(response: Response, jar: Map<string, string>): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair = ""] = header.split(";");
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** Signs in through next-auth's credentials endpoint, as e2e/helpers/auth.ts's signInThroughApi does. */
export async function signIn(origin: string, credentials: Credentials): Promise<EditorSession> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  collectCookies(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ email: credentials.email, password: credentials.password, csrfToken }),
    redirect: "manual",
  });
  collectCookies(callback, jar);
  const location = callback.headers.get("location") ?? "";
  if (callback.status !== 302 || location.includes("error=")) throw new Error(`signing in as ${credentials.email} failed: ${callback.status} ${location}`);
  const session = (await (await fetch(`${origin}/api/auth/session`, { headers: { cookie: cookieHeader(jar) } })).json()) as { userId?: number };
  if (typeof session.userId !== "number") throw new Error(`no session after signing in as ${credentials.email}`);
  return { origin, cookie: cookieHeader(jar) };
}

/** The city at `rank` as the editor API needs it (id and version), read straight from the database. */
export async function cityAtRank(databaseUrl: string, rank: number): Promise<{ id: number; version: number; name: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number; version: number; name: string }>(`SELECT id, version, name FROM "City" WHERE rank = $1`, [rank]);
    if (!rows[0]) throw new Error(`no city at rank ${rank}`);
    return rows[0];
  } finally {
    await client.end();
  }
}

/** Renames a city through the editor JSON API (PATCH /api/editor/cities/:id), which revalidates the public site. */
export async function renameCity(session: EditorSession, city: { id: number; version: number }, name: string): Promise<void> {
  const response = await fetch(`${session.origin}/api/editor/cities/${city.id}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", cookie: session.cookie },
    body: JSON.stringify({ name, version: city.version }),
  });
  if (!response.ok) throw new Error(`renaming city ${city.id} failed: ${response.status} ${await response.text()}`);
  await response.arrayBuffer().catch(() => undefined);
}
