// The built site served by `vite preview` on a free port, for the browser tests and `npm run bench:web`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A port no one is listening on, so two runs on one machine never share a server. */
export function freePort(): Promise<number> {
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
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

export interface PreviewServer {
  url: string;
  stop(): void;
}

/** Serves dist/ from `cwd` on `port` and waits until it answers. */
export async function startPreview(port: number, cwd = process.cwd(), timeoutMs = 30_000): Promise<PreviewServer> {
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { cwd, stdio: 'ignore', detached: true });
  const stop = (): void => {
    if (!server.pid) return;
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  };
  const url = `http://localhost:${port}/`;
  try {
    await waitForServer(url, timeoutMs);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
