// Runs the CLI entry points as child processes (tsx from node_modules, from the repo root), the way
// users and outside tools run them. Async, so tests marked concurrent overlap their ~0.5 s start-ups.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command; with `timeoutMs`, a command still running then is killed (status null), so a hang fails fast. */
export function run(command: string, args: readonly string[], timeoutMs?: number): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
      ...(timeoutMs !== undefined ? { timeout: timeoutMs, killSignal: 'SIGKILL' as const } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** `tsx src/cli/sim.ts ...args`. */
export function sim(...args: string[]): Promise<Ran> {
  return run(TSX, ['src/cli/sim.ts', ...args]);
}

/**
 * As sim(), killed after `timeoutMs` (for inputs that used to hang). One process (node with tsx's
 * loader, not the tsx wrapper that runs a second one), so the kill leaves nothing running.
 */
export function simWithin(timeoutMs: number, ...args: string[]): Promise<Ran> {
  return run(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], timeoutMs);
}

export function tsx(script: string, ...args: string[]): Promise<Ran> {
  return run(TSX, [script, ...args]);
}

/** A temporary folder for plan and scenario files; `file(name, content)` writes one and returns its path. */
export function tempFiles(): { dir: string; file: (name: string, content: unknown) => string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'cpl-cli-'));
  return {
    dir,
    file: (name, content) => {
      const target = path.join(dir, name);
      writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
      return target;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
