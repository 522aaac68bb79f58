// Builds the game once and serves it for all browser tests; tells the tests where with E2E_BASE_URL.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

/** A port no one is listening on (E2E_PORT if set), so two test runs on one machine never share a server. */
function freePort(): Promise<number> {
  if (process.env.E2E_PORT) return Promise.resolve(Number(process.env.E2E_PORT));
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the preview server did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject): Promise<() => void> {
  const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(browser)) throw new Error(`Chromium not found at ${browser}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  // A production build: vitest sets NODE_ENV=test, which would otherwise make import.meta.env.DEV true.
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) throw new Error('vite build failed');
  const port = await freePort();
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  const url = `http://localhost:${port}/`;
  await waitForServer(url, 30_000);
  project.provide('baseUrl', url);
  return () => {
    if (server.pid) {
      try {
        process.kill(-server.pid);
      } catch {
        server.kill();
      }
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
