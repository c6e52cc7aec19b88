import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext } from "@playwright/test";

/**
 * Server actions as an attacker sees them: public POST endpoints addressed by an id. The build's
 * manifest (`<distDir>/server/server-reference-manifest.json`) names every action id with its file
 * and export; a hand-made POST to a page with the header `Next-Action: <id>` and the arguments
 * encoded as React encodes them (a JSON array, `text/plain`) runs the action, exactly as the
 * dashboard's forms do.
 */

const root = fileURLToPath(new URL("../..", import.meta.url));

export type BuiltServerAction = { id: string; file: string; exportName: string; pages: string[] };

/** Every server action of the build under test (NEXT_DIST_DIR), from its manifest. */
export function builtServerActions(): BuiltServerAction[] {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next-test";
  const manifest = JSON.parse(readFileSync(path.join(root, distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, file: entry.filename, exportName: entry.exportedName, pages: Object.keys(entry.workers) }));
}

/**
 * Every server action in the source: the exports of files that start with "use server", and any
 * function with its own "use server" directive (reported as `<file>#inline`).
 */
export function declaredServerActions(): { file: string; exportName: string }[] {
  const found: { file: string; exportName: string }[] = [];
  for (const file of sourceFiles("app").concat(sourceFiles("components"), sourceFiles("lib"))) {
    const text = readFileSync(path.join(root, file), "utf8");
    const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    const isActionFile = /^\s*["']use server["'];?/.test(code);
    if (isActionFile) {
      for (const match of code.matchAll(/^export\s+(?:const|let|async\s+function|function)\s+(\w+)/gm)) found.push({ file, exportName: match[1]! });
      for (const match of code.matchAll(/^export\s*\{([^}]*)\}/gm)) {
        for (const name of match[1]!.split(","))
          found.push({
            file,
            exportName: name
              .trim()
              .split(/\s+as\s+/)
              .pop()!,
          });
      }
    } else if (/["']use server["']/.test(code)) {
      found.push({ file, exportName: "#inline" });
    }
  }
  return found;
}

/** Route handlers' exported HTTP methods, by file: `{ "app/api/editor/faq/order/route.ts": ["PUT"] }`. */
export function declaredRouteHandlers(): Record<string, string[]> {
  const handlers: Record<string, string[]> = {};
  for (const file of sourceFiles("app").filter((file) => /(^|\/)route\.tsx?$/.test(file))) {
    const text = readFileSync(path.join(root, file), "utf8");
    const methods = new Set<string>();
    for (const match of text.matchAll(/^export\s+(?:const|async\s+function|function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/gm)) methods.add(match[1]!);
    for (const match of text.matchAll(/^export\s*\{([^}]*)\}/gm)) {
      for (const name of match[1]!.split(",")) {
        const exported = name
          .trim()
          .split(/\s+as\s+/)
          .pop()!;
        if (/^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(exported)) methods.add(exported);
      }
    }
    handlers[file] = [...methods].sort();
  }
  return handlers;
}

function sourceFiles(directory: string): string[] {
  return (readdirSync(path.join(root, directory), { recursive: true }) as string[])
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.posix.join(directory, file.split(path.sep).join("/")));
}

/** A page the action belongs to, as a URL: "app/admin/users/new/page" → "/admin/users/new". */
export function pageUrlOf(action: BuiltServerAction): string {
  const page = action.pages.find((candidate) => !candidate.includes("[")) ?? action.pages[0]!;
  const url = page
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .join("/");
  return url || "/";
}

/** React's encoding of server-action arguments: JSON, with strings that start with "$" escaped as "$$". */
export function encodeActionArguments(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value));
}

export type ActionResponse = { status: number; body: string; result: unknown };

/**
 * Calls a server action the way the browser does, but by hand: POST to one of its pages with
 * `Next-Action`. `result` is the action's return value read from the response's RSC stream (row
 * `1:` is referenced by the root row as `"a":"$@1"`), or undefined when the action did not run.
 */
export async function callServerAction(
  request: APIRequestContext,
  action: BuiltServerAction,
  args: unknown[],
  options: { headers?: Record<string, string>; body?: string; url?: string } = {},
): Promise<ActionResponse> {
  const response = await request.post(options.url ?? pageUrlOf(action), {
    headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", ...options.headers },
    data: options.body ?? encodeActionArguments(args),
    maxRedirects: 0,
  });
  const body = await response.text();
  return { status: response.status(), body, result: actionResultOf(body) };
}

function actionResultOf(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  const rootRow = rows.get("0");
  if (!rootRow) return undefined;
  const reference = (JSON.parse(rootRow) as { a?: string }).a;
  const row = reference?.startsWith("$@") ? rows.get(reference.slice(2)) : undefined;
  if (row === undefined || row.startsWith("E")) return undefined;
  return JSON.parse(row) as unknown;
}
