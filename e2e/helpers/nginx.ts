import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./app-server";

/**
 * deploy/nginx.conf, run for real: the file is instantiated with its own ports and a temporary
 * folder (cache, temporary files, pid), and nginx runs in the foreground as a child of the caller,
 * which stops it. Used by e2e/reverse-proxy.spec.ts and by the benchmark (`npm run bench`).
 */

const template = fileURLToPath(new URL("../../deploy/nginx.conf", import.meta.url));

export type Nginx = {
  origin: string;
  /** Everything nginx wrote to stderr so far (errors and warnings). */
  output: () => string;
  stop: () => Promise<void>;
};

export function nginxBinary(): string | null {
  for (const candidate of [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"]) {
    if (candidate && spawnSync(candidate, ["-v"]).status === 0) return candidate;
  }
  return null;
}

/** deploy/nginx.conf with its placeholders filled in. */
export function nginxConfig(options: { listenPort: number; upstreamPorts: number[]; folder: string }): string {
  const values: Record<string, string> = {
    LISTEN: `127.0.0.1:${options.listenPort}`,
    UPSTREAMS: options.upstreamPorts.map((port) => `server 127.0.0.1:${port};`).join("\n    "),
    CACHE_DIR: options.folder,
    ERROR_LOG: "stderr",
    PID_FILE: path.join(options.folder, "nginx.pid"),
  };
  const config = readFileSync(template, "utf8").replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`deploy/nginx.conf: unknown placeholder ${placeholder}`);
    return value;
  });
  return config;
}

/** Starts nginx on `listenPort` (a free one by default) in front of the app instances on `upstreamPort(s)`. */
export async function startNginx(options: { listenPort?: number; upstreamPort?: number; upstreamPorts?: number[] }): Promise<Nginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error("nginx is not installed (Debian: `apt-get install nginx`; .ci/run installs it), or set NGINX_PATH.");
  const upstreamPorts = options.upstreamPorts ?? (options.upstreamPort ? [options.upstreamPort] : []);
  if (upstreamPorts.length === 0) throw new Error("startNginx: give upstreamPort or upstreamPorts");
  const listenPort = options.listenPort ?? (await freePort());
  const folder = mkdtempSync(path.join(os.tmpdir(), "nginx-"));
  // nginx's workers drop root for `nobody`, which must reach the folder (nginx creates and owns what is inside).
  chmodSync(folder, 0o755);
  const configFile = path.join(folder, "nginx.conf");
  writeFileSync(configFile, nginxConfig({ listenPort, upstreamPorts, folder }));

  const child = spawn(binary, ["-p", folder, "-c", configFile, "-e", "stderr", "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let output = "";
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const origin = `http://127.0.0.1:${listenPort}`;

  const cleanUp = () => rmSync(folder, { recursive: true, force: true });
  // nginx writes its pid file once its listening socket is open: wait for that file, not a timer.
  const pidFile = path.join(folder, "nginx.pid");
  const outcome = await new Promise<"ready" | "exited" | "timeout">((resolve) => {
    let settled = false;
    const finish = (result: "ready" | "exited" | "timeout") => {
      if (settled) return;
      settled = true;
      watcher.close();
      clearTimeout(deadline);
      resolve(result);
    };
    const watcher = watch(folder, () => existsSync(pidFile) && finish("ready"));
    const deadline = setTimeout(() => finish("timeout"), 10_000);
    void exited.then(() => finish("exited"));
    if (existsSync(pidFile)) finish("ready");
  });
  const answered =
    outcome === "ready" &&
    (await fetch(`${origin}/api/health`).then(
      () => true,
      () => false,
    ));
  if (!answered) {
    if (!hasExited) child.kill("SIGKILL");
    cleanUp();
    throw new Error(
      `nginx ${outcome === "exited" ? "exited before serving" : outcome === "timeout" ? "did not open its port within 10 s" : "opened its port but did not answer"}:\n${output}`,
    );
  }
  return {
    origin,
    output: () => output,
    stop: async () => {
      if (!hasExited) {
        child.kill("SIGQUIT"); // graceful: finishes open requests
        await exited;
      }
      cleanUp();
    },
  };
}
