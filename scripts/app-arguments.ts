// What `npm run dev|build|start -- …` may be given, and the address the app is then served at.
// Pure (no process state) so that scripts/app-arguments.test.ts can cover every case.
import { parseArgs } from "node:util";

export type AppMode = "dev" | "build" | "start";

export type AppArguments = {
  kind: "run";
  port: number;
  /** The interface Next listens on; undefined: Next's default, every interface. */
  hostname: string | undefined;
  /** Where a browser on this machine reaches the app, e.g. http://localhost:3000. */
  origin: string;
  /** Next's own flags for the address: `next dev|start` gets them as they are. */
  nextFlags: string[];
};

export type AppArgumentsProblem = { kind: "help"; text: string } | { kind: "error"; text: string };

const ADDRESS_OPTIONS = {
  port: { type: "string", short: "p" },
  hostname: { type: "string", short: "H" },
  help: { type: "boolean", short: "h" },
} as const;

const COMMANDS: Record<AppMode, string> = { dev: "npm run dev", build: "npm run build", start: "npm start" };

export function usage(mode: AppMode): string {
  if (mode === "build") return `usage: ${COMMANDS.build} (no options)`;
  return `usage: ${COMMANDS[mode]} [-- -p|--port PORT] [-H|--hostname HOST]   (default port: $PORT, else 3000; default host: every interface)`;
}

/** `argv`: what follows the mode, e.g. ["-p", "3311"]; `defaultPort`: the PORT environment variable. */
export function parseAppArguments(mode: AppMode, argv: string[], defaultPort: string | undefined): AppArguments | AppArgumentsProblem {
  let values: { port?: string; hostname?: string; help?: boolean };
  try {
    const options = mode === "build" ? { help: ADDRESS_OPTIONS.help } : ADDRESS_OPTIONS;
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as typeof values;
  } catch (error) {
    return { kind: "error", text: `${COMMANDS[mode]}: ${describeParseError(error as Error & { code?: string })}. ${accepted(mode)}` };
  }
  if (values.help) return { kind: "help", text: usage(mode) };

  const portText = values.port ?? defaultPort ?? "3000";
  const port = parsePort(portText);
  if (port === null) {
    const source = values.port === undefined ? "PORT" : "--port";
    return { kind: "error", text: `${COMMANDS[mode]}: ${source} must be a port number from 1 to 65535, not "${portText}". ${accepted(mode)}` };
  }
  const hostname = values.hostname;
  if (hostname !== undefined && hostname.trim() === "")
    return { kind: "error", text: `${COMMANDS[mode]}: --hostname needs a host name or address. ${accepted(mode)}` };

  const nextFlags = ["-p", String(port), ...(hostname === undefined ? [] : ["-H", hostname])];
  return { kind: "run", port, hostname, origin: servedOrigin(port, hostname), nextFlags };
}

/** The address to open in a browser on this machine: a wildcard interface is reached as localhost. */
export function servedOrigin(port: number, hostname: string | undefined): string {
  const host = hostname === undefined || ["0.0.0.0", "::", "[::]"].includes(hostname) ? "localhost" : hostname;
  const bracketed = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  return `http://${bracketed}:${port}`;
}

function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : null;
}

function accepted(mode: AppMode): string {
  return mode === "build" ? `It takes no options.` : `Accepted: -p/--port PORT, -H/--hostname HOST, -h/--help.`;
}

function describeParseError(error: Error & { code?: string }): string {
  // node:util's messages carry advice about "--" that does not apply behind npm run.
  const quoted = /'([^']+)'/.exec(error.message)?.[1];
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${quoted}`;
  if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `unexpected argument "${quoted}"`;
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `option ${quoted?.split(" <")[0]} needs a value`;
  return error.message;
}
