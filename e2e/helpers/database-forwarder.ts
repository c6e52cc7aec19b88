import net from "node:net";

/**
 * A TCP forwarder between an app server and its database, so a test can take the database away
 * and bring it back without touching the database server itself (works the same for PostgreSQL
 * and the embedded database). `stop()` closes the port and cuts every open connection, as a
 * crashed or unreachable database server would; `start()` listens again on the same port.
 */
export class DatabaseForwarder {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  /** The database URL with its host and port replaced by the forwarder's. */
  static for(databaseUrl: string): { forwarder: DatabaseForwarder; urlThrough: () => string } {
    const url = new URL(databaseUrl);
    const forwarder = new DatabaseForwarder({ host: url.hostname, port: Number(url.port || 5432) });
    return {
      forwarder,
      urlThrough: () => {
        const through = new URL(databaseUrl);
        through.hostname = "127.0.0.1";
        through.port = String(forwarder.port);
        return through.toString();
      },
    };
  }

  get isRunning(): boolean {
    return this.server !== null;
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        // A cut connection is the point of this class, not an error of the test.
        socket.on("error", () => undefined);
      }
      client.pipe(upstream);
      upstream.pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Refuses new connections and cuts the open ones. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
