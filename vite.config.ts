/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// Other sites may not frame the game (clickjacking). A <meta> CSP cannot say this, so the servers
// we ship send it as a header; a host serving the built files should send it too (README).
const FRAME_RULES = { 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' };

export default defineConfig({
  // Relative asset URLs, so the built game works from any folder, a file share or a sub-path.
  base: './',
  // Files the project draws and serves as they are (the favicon).
  publicDir: 'assets',
  server: {
    port: 5173,
    headers: FRAME_RULES,
  },
  preview: {
    headers: FRAME_RULES,
  },
  build: {
    target: 'es2022',
    // Phaser alone is a ~1.2 MB chunk (it is loaded lazily, after the title page).
    chunkSizeWarningLimit: 1600,
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests (real Chromium) run separately.
    exclude: ['**/node_modules/**', 'tests/e2e/**'],
    environment: 'node',
    // Model sweeps and CLI runs take seconds; on a busy 2-core machine the default 5 s is too tight.
    testTimeout: 30_000,
  },
});
