import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

// Everything the benchmark starts (servers, nginx, temporary folders, databases) registers how to
// undo it here, so a failure, Ctrl-C or SIGTERM leaves no process, folder or database behind.

type Cleanup = () => Promise<void> | void;

const pending: (() => Promise<void>)[] = [];

/** Registers `cleanup` and returns a function that runs it now (once) and unregisters it. */
export function deferCleanup(cleanup: Cleanup): () => Promise<void> {
  let done = false;
  const run = async () => {
    if (done) return;
    done = true;
    const index = pending.indexOf(run);
    if (index >= 0) pending.splice(index, 1);
    await cleanup();
  };
  pending.push(run);
  return run;
}

/** Runs every registered cleanup, newest first; one failing does not stop the others. */
export async function cleanUpEverything(): Promise<void> {
  while (pending.length > 0) {
    const cleanup = pending.at(-1)!;
    try {
      await cleanup();
    } catch (error) {
      console.error(`cleanup failed: ${(error as Error).message}`);
      pending.splice(pending.indexOf(cleanup), 1);
    }
  }
}

/** Runs `work`, then every cleanup it registered, whether it succeeded or threw. */
export async function withCleanup<T>(work: () => Promise<T>): Promise<T> {
  const before = pending.length;
  try {
    return await work();
  } finally {
    while (pending.length > before) await pending.at(-1)!().catch((error: unknown) => console.error(`cleanup failed: ${(error as Error).message}`));
  }
}

export function exitCleanlyOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping everything the benchmark started…`);
      void cleanUpEverything().finally(() => process.exit(130));
    });
  }
}

export type Child = { child: ChildProcess; output: () => string; exited: Promise<number>; stop: () => Promise<void> };

/**
 * Spawns a process in its own process group (so stopping it also stops what it started, e.g. the
 * workers of `next build`) and registers stopping it. Output is kept, not shown.
 */
export function spawnChild(command: string, args: string[], options: SpawnOptions = {}): Child {
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let hasExited = false;
  const exited = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => {
      hasExited = true;
      resolve(code ?? (signal ? 128 : 1));
    }),
  );
  const stop = deferCleanup(async () => {
    if (hasExited || child.pid === undefined) return;
    const group = -child.pid;
    process.kill(group, "SIGTERM");
    const timer = setTimeout(() => {
      if (!hasExited) process.kill(group, "SIGKILL");
    }, 5_000);
    await exited;
    clearTimeout(timer);
  });
  void exited.then(stop); // unregisters it once it ended on its own
  return { child, output: () => output, exited, stop };
}

/** Runs a command to its end; throws with the tail of its output when it fails. */
export async function runToEnd(command: string, args: string[], options: SpawnOptions = {}): Promise<string> {
  const { output, exited } = spawnChild(command, args, options);
  const code = await exited;
  if (code !== 0) throw new Error(`${[command, ...args].join(" ")} exited with ${code}:\n${output().slice(-4_000)}`);
  return output();
}
