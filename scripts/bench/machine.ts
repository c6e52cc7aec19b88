import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { postgresVersion } from "./bench-database";
import { root } from "./next-app";

/** The machine and software the figures were measured on. */
export async function describeMachine(): Promise<string> {
  const cpus = os.cpus();
  const nextVersion = (JSON.parse(readFileSync(path.join(root, "node_modules/next/package.json"), "utf8")) as { version: string }).version;
  return [
    `- Machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, ${os.type()} ${os.release()}; the load generator runs on the same machine.`,
    `- Software: Node ${process.version}, Next ${nextVersion}, PostgreSQL ${await postgresVersion()}, ${nginxVersion() ?? "no nginx"}.`,
    `- Date: ${new Date()
      .toISOString()
      .replace(/\.\d+Z$/, " UTC")
      .replace("T", " ")}; load average at the start ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(
        ", ",
      )} (1, 5, 15 min)${os.loadavg()[0]! > cpus.length ? ": above the core count, so other work shared the CPU and every figure is slower than on a quiet machine (ratios to a baseline suffer less)" : ""}.`,
  ].join("\n");
}

export function nginxVersion(): string | null {
  // nginx -v writes "nginx version: nginx/1.22.1" to stderr.
  const answer = spawnSync("nginx", ["-v"], { encoding: "utf8" });
  return /nginx\/[\w.]+/.exec(`${answer.stderr ?? ""}${answer.stdout ?? ""}`)?.[0] ?? null;
}
