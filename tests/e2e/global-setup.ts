// Builds the game once and serves it for all browser tests; tells the tests where with E2E_BASE_URL.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { freePort, startPreview } from '../../src/cli/preview-server';

export default async function setup(project: TestProject): Promise<() => void> {
  const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(browser)) throw new Error(`Chromium not found at ${browser}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  // A production build: vitest sets NODE_ENV=test, which would otherwise make import.meta.env.DEV true.
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) throw new Error('vite build failed');
  // E2E_PORT, if set, fixes the port; otherwise a free one, so two test runs never share a server.
  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
  const server = await startPreview(port);
  project.provide('baseUrl', server.url);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
