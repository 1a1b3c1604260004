import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';

export interface Child {
  process: ChildProcess;
  /** The lines the process wrote to its standard output (its warnings and errors, at LOG_LEVEL=warn). */
  lines: () => readonly string[];
  stop: () => Promise<void>;
}

/**
 * Starts a TypeScript entry in its own Node process, so it does not share a core with the load.
 * `BENCH_CPU_PROF_DIR` set: the process writes a CPU profile there when it stops (`--cpu-prof`).
 */
export function startNode(entry: string, env: Record<string, string>): Child {
  const profileDir = process.env.BENCH_CPU_PROF_DIR;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  let partial = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    // Bounded: a process that logs without end must not fill the bench's memory.
    lines.push(...parts.slice(0, Math.max(0, 1000 - lines.length)));
  });
  return {
    process: child,
    lines: () => lines,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Polls `url` until it answers 200, or fails after `timeoutMs`. */
export async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}
