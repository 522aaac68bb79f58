/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';

// Other sites may not frame the game (clickjacking). A <meta> CSP cannot say this, so the servers
// we ship send it as a header; a host serving the built files should send it too (README).
const FRAME_RULES = { 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' };

const DESCRIPTION = 'A policy game and scenario planner about industrial clusters in developing countries.';

/**
 * The single-file build (`npm run build:single`): one HTML file that runs from file:// (a USB stick,
 * an email attachment), with every script, style, the map and the icon inside it. A file:// page has
 * no origin of its own, so its CSP allows the inline scripts it is made of, and nothing from outside.
 */
function singleFileHtml(): Plugin {
  const icon = `data:image/svg+xml,${encodeURIComponent(readFileSync('assets/favicon.svg', 'utf8'))}`;
  return {
    name: 'cpl-single-file-html',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html
          .replace(/script-src 'self'/, "script-src 'self' 'unsafe-inline'")
          .replace(/worker-src 'self' blob:/, "worker-src 'self' blob: data:")
          .replace('href="/favicon.svg"', `href="${icon}"`),
    },
  };
}

/** The installable, offline web app: every built file precached on the first visit (service worker). */
const offlineApp = VitePWA({
  // Registered by src/platform/offline.ts, and only where a service worker can run (http, https).
  injectRegister: null,
  registerType: 'autoUpdate',
  manifest: {
    name: 'Cluster Policy Lab',
    short_name: 'Cluster Lab',
    description: DESCRIPTION,
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#faf5ec',
    theme_color: '#faf5ec',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    // Everything the game, the planner and the workshop screens load, Phaser's chunk included.
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    // Relative asset URLs, so the built game works from any folder, a file share or a sub-path.
    base: './',
    // Files the project draws and serves as they are (the favicon and the app icons).
    publicDir: single ? false : 'assets',
    plugins: single ? [singleFileHtml(), viteSingleFile({ removeViteModuleLoader: true })] : [offlineApp],
    server: {
      port: 5173,
      headers: FRAME_RULES,
    },
    preview: {
      headers: FRAME_RULES,
    },
    build: {
      target: 'es2022',
      outDir: single ? 'dist-single' : 'dist',
      // Phaser alone is a ~1.2 MB chunk (it is loaded lazily, after the title page).
      chunkSizeWarningLimit: single ? 8000 : 1600,
      // (Not in the single-file build, which inlines every chunk.)
      rollupOptions: single
        ? {}
        : {
            output: {
              // zod and the switch that stops its eval probe (src/platform/no-eval.ts) travel together, so
              // the switch runs before any chunk can parse with zod, however the bundler splits the app's
              // shared modules between the lazily loaded screens (a probe is a CSP violation).
              manualChunks: (id: string) =>
                /[\\/]node_modules[\\/]zod[\\/]/.test(id) || /[\\/]src[\\/]platform[\\/]no-eval\.ts$/.test(id)
                  ? 'zod'
                  : undefined,
            },
          },
    },
    test: {
      include: ['tests/**/*.test.ts'],
      // Browser tests (real Chromium) run separately.
      exclude: ['**/node_modules/**', 'tests/e2e/**'],
      environment: 'node',
      // Model sweeps and CLI runs take seconds; on a busy 2-core machine the default 5 s is too tight.
      testTimeout: 30_000,
    },
  };
});
