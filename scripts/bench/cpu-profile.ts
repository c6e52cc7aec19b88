import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Reads the .cpuprofile files Node writes with --cpu-prof (one per process) and sums the samples by
// function, so two servers' profiles taken in the same run can be compared per request.

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type ProfileSummary = {
  /** Milliseconds of samples that were not idle. */
  busyMs: number;
  /** Self time by function, largest first. */
  functions: Array<{ name: string; ms: number }>;
};

const IDLE = new Set(["(idle)", "(program)"]);

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url
    ? `${url
        .split("/node_modules/")
        .at(-1)!
        .replace(/^file:\/\//, "")}:${lineNumber + 1}`
    : "";
  return `${functionName || "(anonymous)"}${file ? ` ${file}` : ""}`;
}

/** Every profile in `folder` (all processes of one server), summed. */
export function summarizeProfiles(folder: string): ProfileSummary {
  const selfMicros = new Map<string, number>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const name = label(byId.get(id)!);
      selfMicros.set(name, (selfMicros.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0));
    });
  }
  const functions = [...selfMicros]
    .filter(([name]) => !IDLE.has(name.split(" ")[0]!))
    .map(([name, micros]) => ({ name, ms: micros / 1000 }))
    .sort((a, b) => b.ms - a.ms);
  return { busyMs: functions.reduce((sum, entry) => sum + entry.ms, 0), functions };
}

/** The top functions of two summaries side by side, in milliseconds per request. */
export function compareProfiles(
  left: { label: string; summary: ProfileSummary; requests: number },
  right: { label: string; summary: ProfileSummary; requests: number },
  top = 15,
): string[] {
  const perRequest = (ms: number, requests: number) => `${((ms / requests) * 1000).toFixed(0)} µs`;
  const names = [...new Set([...left.summary.functions.slice(0, top), ...right.summary.functions.slice(0, top)].map((entry) => entry.name))];
  const msOf = (summary: ProfileSummary, name: string) => summary.functions.find((entry) => entry.name === name)?.ms ?? 0;
  names.sort((a, b) => msOf(left.summary, b) / left.requests - msOf(left.summary, a) / left.requests);
  return [
    `| self time per request | ${left.label} | ${right.label} |`,
    "| --- | --- | --- |",
    `| busy, in all | ${perRequest(left.summary.busyMs, left.requests)} | ${perRequest(right.summary.busyMs, right.requests)} |`,
    ...names.map(
      (name) => `| \`${name}\` | ${perRequest(msOf(left.summary, name), left.requests)} | ${perRequest(msOf(right.summary, name), right.requests)} |`,
    ),
  ];
}
