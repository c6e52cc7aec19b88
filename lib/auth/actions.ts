import "server-only";
import type { z } from "zod";
import { isDatabaseUnreachable } from "../database/errors";
import { fail, fieldErrorsOf, httpStatusOf, type Failure, type Result } from "../result";
import { ADMIN_ONLY_MESSAGE, DATABASE_UNREACHABLE_MESSAGE, PASSWORD_CHANGE_REQUIRED_MESSAGE, SESSION_ENDED_MESSAGE } from "./messages";
import { currentEditor, type Editor } from "./session";
import { siteOrigin } from "./site-url";

/**
 * Every change goes through one of these two wrappers, so its order cannot be skipped:
 * 1. the session (and role) is checked, 2. the input is parsed with the domain's zod schema,
 * 3. the handler calls one function of lib/<domain>/mutations.ts with typed input and the editor.
 *
 *   // app/admin/cities/actions.ts ("use server")
 *   export const trashCity = editorAction(cityRefSchema, async (input, editor) => {
 *     const result = await trashCityMutation(input, editor);
 *     if (result.ok) revalidatePublicSite();
 *     return result;
 *   });
 *
 *   // app/api/editor/cities/[id]/route.ts — route params are merged into the body, so they are parsed too
 *   export const PATCH = editorRoute(patchCitySchema, (input, editor) => updateCity(input, editor));
 *
 * Failures come back as values: "unauthorized" (no or ended session), "forbidden" (wrong role),
 * "invalid" (with every field's errors), "unavailable" (database unreachable: nothing was saved),
 * plus whatever the handler returns. Anything else unexpected is thrown (error.tsx / a 500).
 */

export type EditorOptions = {
  role?: "ADMIN";
  /** Only for changing one's own password and signing out: allowed while a password set by someone else must be changed. */
  whilePasswordMustChange?: true;
};
export type EditorHandler<S extends z.ZodType, T> = (input: z.output<S>, editor: Editor) => Promise<Result<T>>;
export type FindEditor = () => Promise<(Editor & { mustChangePassword?: boolean }) | null>;

const INVALID_MESSAGE = "Check the highlighted fields.";

/** A server action taking one plain object (react-hook-form's values, ids included). */
export function editorAction<S extends z.ZodType, T>(
  schema: S,
  handler: EditorHandler<S, T>,
  options: EditorOptions = {},
): (input: unknown) => Promise<Result<T>> {
  return async (input: unknown) => runAsEditor(currentEditor, schema, handler, options, input);
}

/** The wrapper's checks with the editor lookup passed in: what editorAction runs, and what tests call. */
export async function runAsEditor<S extends z.ZodType, T>(
  findEditor: FindEditor,
  schema: S,
  handler: EditorHandler<S, T>,
  options: EditorOptions,
  input: unknown,
): Promise<Result<T>> {
  try {
    const editor = await findEditor();
    const refusal = editorRefusal(editor, options);
    if (refusal) return refusal;
    const parsed = await schema.safeParseAsync(input);
    if (!parsed.success) return fail("invalid", INVALID_MESSAGE, { fieldErrors: fieldErrorsOf(parsed.error.issues) });
    return await handler(parsed.data, editor!);
  } catch (error) {
    if (isDatabaseUnreachable(error)) return fail("unavailable", DATABASE_UNREACHABLE_MESSAGE);
    throw error;
  }
}

function editorRefusal(editor: (Editor & { mustChangePassword?: boolean }) | null, options: EditorOptions): Failure | null {
  if (!editor) return fail("unauthorized", SESSION_ENDED_MESSAGE);
  if (editor.mustChangePassword && !options.whilePasswordMustChange) return fail("forbidden", PASSWORD_CHANGE_REQUIRED_MESSAGE);
  if (options.role === "ADMIN" && editor.role !== "ADMIN") return fail("forbidden", ADMIN_ONLY_MESSAGE);
  return null;
}

export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteOptions = EditorOptions & {
  /** 201 for routes that create something; 200 by default. */
  successStatus?: 200 | 201;
  /** The largest body read, in bytes (1 MB unless a route takes files): read only after the session check. */
  maxBodyBytes?: number;
};

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * A JSON route handler (POST/PUT/PATCH/DELETE) for signed-in editors. Answers the Result as JSON with
 * its HTTP status (httpStatusOf: 400/401/403/404/409/503). Cookie-authenticated, so protected from
 * cross-site requests: the body must be `Content-Type: application/json` (a form on another site
 * cannot send that without a CORS preflight, which this app never grants), and a request whose
 * Origin is another site's is refused with 403. See docs/security.md.
 */
export function editorRoute<S extends z.ZodType, T>(schema: S, handler: EditorHandler<S, T>, options: RouteOptions = {}) {
  return async (request: Request, context: RouteContext): Promise<Response> => handleEditorRequest(currentEditor, schema, handler, options, request, context);
}

/** editorRoute's work with the editor lookup passed in (tests call it with a Request of their own). */
export async function handleEditorRequest<S extends z.ZodType, T>(
  findEditor: FindEditor,
  schema: S,
  handler: EditorHandler<S, T>,
  options: RouteOptions,
  request: Request,
  context?: RouteContext,
): Promise<Response> {
  const crossSite = crossSiteRefusal(request);
  if (crossSite) return answer(crossSite);
  let editor: Awaited<ReturnType<FindEditor>>;
  try {
    editor = await findEditor();
  } catch (error) {
    if (isDatabaseUnreachable(error)) return answer(fail("unavailable", DATABASE_UNREACHABLE_MESSAGE));
    throw error;
  }
  const refusal = editorRefusal(editor, options);
  if (refusal) return answer(refusal);
  const body = await readJsonBody(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  if (!body.ok) return answer(body);
  const params = (await context?.params) ?? {};
  const input = Object.keys(params).length > 0 ? { ...(isPlainObject(body.value) ? body.value : {}), ...params } : body.value;
  const result = await runAsEditor(async () => editor, schema, handler, options, input);
  return answer(result, options.successStatus);
}

/**
 * The JSON API's answer: the value itself on success (`{ "version": 8 }`), and on failure
 * `{ "error": { "reason", "message", "fieldErrors"?, "currentVersion"? } }` with its HTTP status.
 */
function answer(result: Result<unknown>, successStatus: number = 200): Response {
  const headers = { "Cache-Control": "no-store" };
  if (result.ok) return Response.json(result.value ?? null, { status: successStatus, headers });
  const { reason, message, fieldErrors, currentVersion } = result;
  return Response.json({ error: { reason, message, fieldErrors, currentVersion } }, { status: httpStatusOf(result), headers });
}

/**
 * A GET route handler for signed-in editors (reads that include drafts, downloads): the session check,
 * then the read, answered as JSON, or as the read's own Response (a file to download).
 */
export function editorQuery<T>(read: (editor: Editor, request: Request) => Promise<Result<T> | Response>, options: EditorOptions = {}) {
  return async (request: Request): Promise<Response> => {
    try {
      const editor = await currentEditor();
      const refusal = editorRefusal(editor, options);
      if (refusal) return answer(refusal);
      const result = await read(editor!, request);
      return result instanceof Response ? result : answer(result);
    } catch (error) {
      if (isDatabaseUnreachable(error)) return answer(fail("unavailable", DATABASE_UNREACHABLE_MESSAGE));
      throw error;
    }
  };
}

function crossSiteRefusal(request: Request): Failure | null {
  const refused = fail("forbidden", "This request came from another site, so it was refused.");
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return refused;
  const origin = request.headers.get("origin");
  if (origin && !ownOrigins(request).includes(origin)) return refused;
  return null;
}

/** The site's configured origin, and the one this request was addressed to (its Host, as a browser sent it). */
function ownOrigins(request: Request): string[] {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? request.headers.get("host") ?? url.host;
  const protocol = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? url.protocol.replace(":", "");
  return [siteOrigin(), `${protocol}://${host}`].filter((origin): origin is string => origin !== null);
}

async function readJsonBody(request: Request, maxBytes: number): Promise<{ ok: true; value: unknown } | Failure> {
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    return fail("invalid", "Send the request body as JSON, with the header Content-Type: application/json.");
  }
  const text = await readTextUpTo(request, maxBytes);
  if (text === null) return fail("invalid", `The request body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, which this address takes.`);
  if (text.trim() === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail("invalid", "The request body is not valid JSON.");
  }
}

/** The body as text, or null once it passes `maxBytes` (counted as it arrives: a missing or false Content-Length changes nothing). */
async function readTextUpTo(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
