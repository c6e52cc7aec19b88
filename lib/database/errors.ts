// Prisma error codes meaning "no connection": can't reach the server (P1001), timed out reaching
// it (P1002), the server closed the connection (P1017), no free connection in the pool (P2024).
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
// The same, as the pg driver adapter reports them (also inside raw queries, which answer P2010).
const UNREACHABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
// Node's own socket errors, when pg fails before Prisma wraps the error.
const UNREACHABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EPIPE"]);

type ErrorShape = { code?: unknown; digest?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } }; cause?: unknown };

/**
 * How an unreachable database is recognised on an error page: in production an error page sees only
 * the error's digest (never its message), and Next keeps a digest the error already carries.
 */
export const DATABASE_UNREACHABLE_DIGEST = "DATABASE_UNREACHABLE";

/** Thrown instead of the driver's error where a page reads, so the error page can say what happened. */
export class DatabaseUnreachableError extends Error {
  readonly digest = DATABASE_UNREACHABLE_DIGEST;
  constructor(cause: unknown) {
    super("The database is unreachable.", { cause });
    this.name = "DatabaseUnreachableError";
  }
}

/**
 * True when the error says the database could not be reached, as opposed to a query that failed.
 * Such failures are worth a clear "try again" answer instead of a 500 page: nothing was saved.
 */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 3) return false;
  const shape = error as ErrorShape;
  if (shape.digest === DATABASE_UNREACHABLE_DIGEST) return true;
  if (typeof shape.code === "string" && (UNREACHABLE_CODES.has(shape.code) || UNREACHABLE_SOCKET_CODES.has(shape.code))) return true;
  const kind = shape.meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === "string" && UNREACHABLE_ADAPTER_KINDS.has(kind)) return true;
  if (typeof shape.message === "string" && /timeout exceeded when trying to connect|Connection terminated unexpectedly/i.test(shape.message)) return true;
  return isDatabaseUnreachable(shape.cause, depth + 1);
}
