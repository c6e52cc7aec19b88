import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * An embedded PostgreSQL (PGlite) served on a local socket, so the app reaches it through the
 * same `pg` driver adapter it uses for a real server: one code path for both.
 * `dataDir` undefined keeps the database in memory (tests); `port` 0 lets the OS pick one.
 */
export async function startEmbeddedDatabase(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedDatabase> {
  const pglite = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: options.port ?? 0,
    // PGlite runs one query at a time; the socket server queues the connections' statements.
    maxConnections: 32,
  });
  await server.start();
  const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await pglite.close();
    },
  };
}
