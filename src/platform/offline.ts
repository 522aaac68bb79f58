// The offline web app: the service worker (generated at build time by vite-plugin-pwa, sw.js)
// precaches every built file on the first visit, so the game, the planner and the workshop screens
// open with the network off afterwards. Not in development (Vite serves modules one by one) and not
// from file:// (the single-file build needs no worker: everything is inside it).
export function registerOfflineApp(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
    // A browser that refuses (private mode, a policy) plays online as before: nothing to tell.
  });
}
