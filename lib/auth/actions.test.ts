import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ok } from "../result";
import { handleEditorRequest, runAsEditor, type RouteContext } from "./actions";
import { ADMIN_ONLY_MESSAGE, DATABASE_UNREACHABLE_MESSAGE, SESSION_ENDED_MESSAGE } from "./messages";
import type { Editor } from "./session";

const editor: Editor = { id: 7, email: "eddie@example.test", name: "Eddie", role: "EDITOR" };
const admin: Editor = { id: 1, email: "ada@example.test", name: "Ada", role: "ADMIN" };
const schema = z.object({
  id: z.coerce.number().int().positive({ error: "Choose a city." }),
  name: z.string().trim().min(1, { error: "Enter a name." }),
});
const signedInAs = (who: Editor | null) => async () => who;
const unreachable = Object.assign(new Error("Can't reach database server"), { code: "P1001" });

describe("editorAction's checks (runAsEditor)", () => {
  it("hands the parsed input and the editor to the handler", async () => {
    const handler = vi.fn(async (input: { id: number; name: string }, who: Editor) => ok({ saved: input, by: who.email }));
    const result = await runAsEditor(signedInAs(editor), schema, handler, {}, { id: "3", name: "  Seoul " });
    expect(result).toEqual({ ok: true, value: { saved: { id: 3, name: "Seoul" }, by: editor.email } });
  });

  it("answers 'unauthorized' without a session, before looking at the input", async () => {
    const handler = vi.fn();
    const result = await runAsEditor(signedInAs(null), schema, handler, {}, { junk: true });
    expect(result).toEqual({ ok: false, reason: "unauthorized", message: SESSION_ENDED_MESSAGE });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 'forbidden' to an editor on an admin-only action, and lets an admin through", async () => {
    const handler = vi.fn(async () => ok("done"));
    expect(await runAsEditor(signedInAs(editor), schema, handler, { role: "ADMIN" }, { id: 1, name: "x" })).toEqual({
      ok: false,
      reason: "forbidden",
      message: ADMIN_ONLY_MESSAGE,
    });
    expect(handler).not.toHaveBeenCalled();
    expect(await runAsEditor(signedInAs(admin), schema, handler, { role: "ADMIN" }, { id: 1, name: "x" })).toEqual({ ok: true, value: "done" });
  });

  it("answers 'invalid' with every field's errors, and never calls the handler", async () => {
    const handler = vi.fn();
    const result = await runAsEditor(signedInAs(editor), schema, handler, {}, { id: "-1", name: " " });
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      message: "Check the highlighted fields.",
      fieldErrors: { id: ["Choose a city."], name: ["Enter a name."] },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("turns an unreachable database into a clear 'unavailable' answer, wherever it happens", async () => {
    const failing = async () => {
      throw unreachable;
    };
    expect(await runAsEditor(failing, schema, vi.fn(), {}, {})).toEqual({ ok: false, reason: "unavailable", message: DATABASE_UNREACHABLE_MESSAGE });
    expect(await runAsEditor(signedInAs(editor), schema, failing, {}, { id: 1, name: "x" })).toMatchObject({ reason: "unavailable" });
  });

  it("throws unexpected errors on, to the error page", async () => {
    const bug = async () => {
      throw new TypeError("a bug");
    };
    await expect(runAsEditor(signedInAs(editor), schema, bug, {}, { id: 1, name: "x" })).rejects.toThrow("a bug");
  });
});

describe("editorRoute's checks (handleEditorRequest)", () => {
  const echo = async (input: { id: number; name: string }) => ok(input);
  const post = (body: string, headers: Record<string, string> = {}) =>
    new Request("http://127.0.0.1:3100/api/editor/cities/3", {
      method: "POST",
      body,
      headers: { host: "127.0.0.1:3100", "content-type": "application/json", ...headers },
    });
  const call = async (request: Request, who: Editor | null = editor, options = {}, context?: RouteContext) => {
    const response = await handleEditorRequest(signedInAs(who), schema, echo, options, request, context);
    return { status: response.status, body: await response.json() };
  };

  it("answers 200 with the result as JSON, or the status the options ask for", async () => {
    expect(await call(post(JSON.stringify({ id: 3, name: "Seoul" })))).toEqual({ status: 200, body: { id: 3, name: "Seoul" } });
    expect((await call(post(JSON.stringify({ id: 3, name: "Seoul" })), editor, { successStatus: 201 })).status).toBe(201);
  });

  it("parses route params with the body, the URL's id winning over the body's", async () => {
    const context = { params: Promise.resolve({ id: "3" }) };
    expect(await call(post(JSON.stringify({ id: 99, name: "Seoul" })), editor, {}, context)).toEqual({ status: 200, body: { id: 3, name: "Seoul" } });
  });

  it("answers 401, 403 and 400 as the action would", async () => {
    expect(await call(post("{}"), null)).toMatchObject({ status: 401, body: { error: { reason: "unauthorized" } } });
    expect(await call(post("{}"), editor, { role: "ADMIN" })).toMatchObject({ status: 403, body: { error: { reason: "forbidden" } } });
    expect(await call(post(JSON.stringify({ id: 0 })))).toMatchObject({
      status: 400,
      body: { error: { reason: "invalid", fieldErrors: { id: ["Choose a city."] } } },
    });
  });

  it("reads the body only after the session check, and refuses one over the route's limit however it is sent", async () => {
    const anonymous = post(JSON.stringify({ id: 3, name: "x".repeat(100) }));
    expect(await call(anonymous, null)).toMatchObject({ status: 401 });
    expect(anonymous.bodyUsed).toBe(false);

    const tooLarge = { status: 400, body: { error: { reason: "invalid", message: "The request body is larger than 1 MB, which this address takes." } } };
    const large = JSON.stringify({ id: 3, name: "x".repeat(1024 * 1024) });
    expect(await call(post(large))).toEqual(tooLarge);
    expect(await call(post("{}", { "content-length": String(2 * 1024 * 1024) }))).toEqual(tooLarge);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let sent = 0; sent < 3; sent += 1) controller.enqueue(new TextEncoder().encode(" ".repeat(512 * 1024)));
        controller.close();
      },
    });
    const withoutLength = new Request("http://127.0.0.1:3100/api/editor/cities/3", {
      method: "POST",
      body: streamed,
      duplex: "half",
      headers: { host: "127.0.0.1:3100", "content-type": "application/json" },
    } as RequestInit);
    expect(await call(withoutLength)).toEqual(tooLarge);
    expect(await call(post(large), editor, { maxBodyBytes: 2 * 1024 * 1024 })).toMatchObject({ status: 200 });
  });

  it("answers 400 with a readable message to malformed JSON and to other content types", async () => {
    expect(await call(post("{ not json"))).toEqual({ status: 400, body: { error: { reason: "invalid", message: "The request body is not valid JSON." } } });
    const form = await call(post("id=3&name=Seoul", { "content-type": "application/x-www-form-urlencoded" }));
    expect(form).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining("Content-Type: application/json") } } });
  });

  it("refuses requests from another site's pages with 403, and accepts our own and scripts", async () => {
    const body = JSON.stringify({ id: 3, name: "Seoul" });
    expect(await call(post(body, { origin: "https://evil.example" }))).toMatchObject({ status: 403, body: { error: { reason: "forbidden" } } });
    expect(await call(post(body, { "sec-fetch-site": "cross-site" }))).toMatchObject({ status: 403 });
    expect(await call(post(body, { "sec-fetch-site": "same-site", origin: "http://other.127.0.0.1:3100" }))).toMatchObject({ status: 403 });
    expect((await call(post(body, { origin: "http://127.0.0.1:3100", "sec-fetch-site": "same-origin" }))).status).toBe(200);
    expect((await call(post(body))).status).toBe(200);
  });

  it("answers 503 when the database cannot be reached to check the session", async () => {
    const response = await handleEditorRequest(
      async () => {
        throw unreachable;
      },
      schema,
      echo,
      {},
      post("{}"),
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { reason: "unavailable", message: DATABASE_UNREACHABLE_MESSAGE } });
  });
});
