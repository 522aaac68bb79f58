// Composition root: creates the app (the game actor and the DOM screens) and hands it the Phaser
// stage, loaded only when a screen first needs it so the title page is interactive at once.
import './platform/no-eval';
import { version } from '../package.json';
import { registerOfflineApp } from './platform/offline';
import { startApp } from './ui/app';
import { localeReady } from './ui/locales';
import './ui/styles.css';
import './ui/shell.css';

for (const element of document.querySelectorAll<HTMLElement>('[data-app-version]')) {
  element.textContent = `v${version}`;
}

/** sessionStorage, or null where the browser blocks it (the game then opens on the title after a reload). */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

// The screens are built in the saved language: its dictionary (a chunk of its own) comes first.
await localeReady;

const app = startApp({
  doc: document,
  storage: window.localStorage,
  session: tabStorage(),
  startStage: async (host) => (await import('./game/stage')).startStage(host),
});

document.documentElement.dataset.ready = 'true';
registerOfflineApp();
// The title is interactive from here (`npm run bench:web` reads this mark).
performance.mark('app:ready');
// Handy for debugging in the console and for browser tests; nothing depends on it.
(window as unknown as { clusterPolicyLab?: typeof app }).clusterPolicyLab = app;
