import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import path from "node:path";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/** Where the database listens: a Unix socket in `socketDir` (as PostgreSQL names it: `.s.PGSQL.5432`), or a TCP port on 127.0.0.1 (0: the OS picks a free one). */
export type EmbeddedEndpoint = { socketDir: string } | { port: number };

const SOCKET_NAME = ".s.PGSQL.5432";

/**
 * An embedded PostgreSQL (PGlite) served on a local socket, so the app reaches it through the
 * same `pg` driver adapter it uses for a real server: one code path for both.
 * `dataDir` undefined keeps the database in memory (tests); the endpoint defaults to a free TCP port.
 */
export async function startEmbeddedDatabase(options: { dataDir?: string; endpoint?: EmbeddedEndpoint } = {}): Promise<EmbeddedDatabase> {
  const endpoint = options.endpoint ?? { port: 0 };
  const pglite = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({
    db: pglite,
    ...("socketDir" in endpoint ? { path: path.join(endpoint.socketDir, SOCKET_NAME) } : { host: "127.0.0.1", port: endpoint.port }),
    // PGlite runs one query at a time; the socket server queues the connections' statements.
    maxConnections: 32,
  });
  serializeProtocolExchanges(server, pglite);
  try {
    await server.start();
  } catch (error) {
    await pglite.close();
    throw error;
  }
  // `psql "<url>"` works too; pg and psql read a host that is a folder as the folder of a Unix socket.
  const url =
    "socketDir" in endpoint
      ? `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(endpoint.socketDir)}`
      : `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
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

/** Whether `path` is short enough for a Unix socket (the limit is 104 bytes on macOS, 108 on Linux) on a system that has them. */
export function fitsUnixSocket(socketDir: string): boolean {
  return process.platform !== "win32" && Buffer.byteLength(path.join(socketDir, SOCKET_NAME)) < 100;
}

/** The socket file a crashed process left behind, so that listening on it again succeeds. */
export function socketFile(socketDir: string): string {
  return path.join(socketDir, SOCKET_NAME);
}

type QueryQueue = {
  enqueue: (handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void) => Promise<number>;
  clearQueueForHandler: (handlerId: number) => void;
};

// First bytes of the frontend messages that end an exchange: Sync (extended protocol), Query
// (simple protocol), Terminate.
const EXCHANGE_ENDS = new Set([0x53, 0x51, 0x58]);

/**
 * PGlite is one session. Its socket server runs the connections' messages one at a time and keeps
 * a transaction's messages together, but outside a transaction it interleaves the messages of a
 * parameterised query (Parse, Bind, Execute, Sync) from several connections, so one connection's
 * Execute can meet another's portal: "portal "" does not exist" under concurrent requests. Here a
 * connection keeps the session from its first message until its exchange ends (a Sync or a simple
 * query outside a transaction, or the end of the transaction it opened), and the others wait.
 */
function serializeProtocolExchanges(server: PGLiteSocketServer, pglite: PGlite): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  const enqueue = queue.enqueue.bind(queue);
  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  let owner: number | null = null;
  let waiting: Array<() => void> = [];
  const release = () => {
    owner = null;
    const wake = waiting;
    waiting = [];
    for (const resume of wake) resume();
  };
  queue.enqueue = async (handlerId, message, onData) => {
    while (owner !== null && owner !== handlerId) await new Promise<void>((resume) => waiting.push(resume));
    owner = handlerId;
    try {
      return await enqueue(handlerId, message, onData);
    } finally {
      if (EXCHANGE_ENDS.has(message[0]!) && !pglite.isInTransaction()) release();
    }
  };
  // A connection that goes away mid-exchange (its transaction is rolled back by the server) frees the session.
  queue.clearQueueForHandler = (handlerId) => {
    clearQueueForHandler(handlerId);
    if (owner === handlerId) release();
  };
}
