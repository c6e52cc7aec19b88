import { describe, expect, it } from "vitest";
import { parseAppArguments, servedOrigin } from "./app-arguments";

describe("the address `npm run dev` and `npm start` serve", () => {
  it("is port 3000 on every interface by default, announced as localhost", () => {
    expect(parseAppArguments("dev", [], undefined)).toEqual({
      kind: "run",
      port: 3000,
      hostname: undefined,
      origin: "http://localhost:3000",
      nextFlags: ["-p", "3000"],
    });
  });

  it("follows PORT when no -p is given", () => {
    expect(parseAppArguments("start", [], "4100")).toMatchObject({ port: 4100, origin: "http://localhost:4100", nextFlags: ["-p", "4100"] });
  });

  it.each([[["-p", "3311"]], [["-p3311"]], [["--port", "3311"]], [["--port=3311"]]])("takes the port from %j over PORT", (argv) => {
    expect(parseAppArguments("dev", argv, "4100")).toMatchObject({ port: 3311, origin: "http://localhost:3311", nextFlags: ["-p", "3311"] });
  });

  it("passes a hostname to Next and announces that address", () => {
    expect(parseAppArguments("start", ["-p", "3310", "-H", "127.0.0.1"], undefined)).toMatchObject({
      hostname: "127.0.0.1",
      origin: "http://127.0.0.1:3310",
      nextFlags: ["-p", "3310", "-H", "127.0.0.1"],
    });
    expect(parseAppArguments("start", ["--hostname=0.0.0.0"], undefined)).toMatchObject({
      origin: "http://localhost:3000",
      nextFlags: ["-p", "3000", "-H", "0.0.0.0"],
    });
  });

  it("writes an IPv6 address in brackets", () => {
    expect(servedOrigin(3000, "::1")).toBe("http://[::1]:3000");
    expect(servedOrigin(3000, "::")).toBe("http://localhost:3000");
  });
});

describe("arguments the app refuses, with a one-line message that lists the accepted ones", () => {
  it.each([
    [["--turbo"], "npm run dev: unknown option --turbo. Accepted: -p/--port PORT, -H/--hostname HOST, -h/--help."],
    [["3311"], 'npm run dev: unexpected argument "3311". Accepted: -p/--port PORT, -H/--hostname HOST, -h/--help.'],
    [["-p"], "npm run dev: option -p, --port needs a value. Accepted: -p/--port PORT, -H/--hostname HOST, -h/--help."],
    [["-p", "http"], 'npm run dev: --port must be a port number from 1 to 65535, not "http". Accepted: -p/--port PORT, -H/--hostname HOST, -h/--help.'],
    [["-p", "0"], 'npm run dev: --port must be a port number from 1 to 65535, not "0". Accepted: -p/--port PORT, -H/--hostname HOST, -h/--help.'],
    [["-p", "70000"], 'npm run dev: --port must be a port number from 1 to 65535, not "70000". Accepted: -p/--port PORT, -H/--hostname HOST, -h/--help.'],
    [["-H", ""], "npm run dev: --hostname needs a host name or address. Accepted: -p/--port PORT, -H/--hostname HOST, -h/--help."],
  ])("%j", (argv, message) => {
    const result = parseAppArguments("dev", argv, undefined);
    expect(result).toEqual({ kind: "error", text: message });
    expect(message).not.toContain("\n");
  });

  it("names PORT when the bad port comes from the environment", () => {
    expect(parseAppArguments("start", [], "abc")).toMatchObject({
      kind: "error",
      text: expect.stringContaining('npm start: PORT must be a port number from 1 to 65535, not "abc"'),
    });
  });

  it("takes no options for a build", () => {
    expect(parseAppArguments("build", ["-p", "3000"], undefined)).toEqual({ kind: "error", text: "npm run build: unknown option -p. It takes no options." });
  });

  it("answers --help with the usage", () => {
    expect(parseAppArguments("start", ["--help"], undefined)).toMatchObject({ kind: "help", text: expect.stringContaining("usage: npm start") });
  });
});
