// Browser tests: real Chromium (Debian's, at /usr/bin/chromium) driven by playwright-core against
// the production build served by `vite preview`. Run with `npm run test:e2e`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser at a time on a 2-core machine; each file drives a whole game.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
