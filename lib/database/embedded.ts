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
  serializeProtocolExchanges(server, pglite);
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
