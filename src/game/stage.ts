// The Phaser stage: one game, scenes Boot -> Preloader -> (WorldMap | Cluster), and the handle the
// app drives (src/view/stage.ts). The canvas fills whichever slot it is attached to, at device
// pixels (up to 2x) so the town stays sharp on phones: the game size is the slot size times the
// pixel ratio, zoomed back down to CSS size, and a ResizeObserver on the slot keeps it in step. Phaser's input is off (the DOM owns
// every control) so the canvas never captures keys, clicks or touch scrolling.
//
// Drawing costs the main thread the budget panel and charts need, most of all without a GPU. So the
// stage draws at most 30 frames a second, and only while something moves: the loop sleeps once the
// scene is still (reduced motion, the world map) and a short while after the last change, and it
// sleeps while the stage is hidden, scrolled off screen or in a background tab. Without a GPU it
// draws with Canvas at one pixel per CSS pixel (renderer-choice.ts).
import * as Phaser from 'phaser';
import type { MapView } from '../view/map';
import type { StageHandle } from '../view/stage';
import type { TownView } from '../view/town';
import { StageBridge } from './bridge';
import { TABLE } from './palette';
import { chooseRenderer } from './renderer-choice';
import { BootScene } from './scenes/boot';
import { afterPaint } from '../platform/after-paint';
import { ClusterScene } from './scenes/cluster';
import { PreloaderScene } from './scenes/preloader';
import { WorldMapScene } from './scenes/world-map';

type SceneKey = 'WorldMap' | 'Cluster';


/** Frames a second at most, for the living town's motion. */
const FPS_LIMIT = 30;
/**
 * Frames a second for the ambient motion alone (smoke, traffic) once a change has settled, where the
 * town is drawn in software: half the cost of an idle play screen on a laptop without a GPU.
 */
const AMBIENT_FPS_SOFTWARE = 15;
/** How long the loop keeps drawing after a change: the longest change animation (new workshops rise in a 2 s stagger). */
const SETTLE_MS = 3000;
/**
 * How long the town holds still after the player presses, types or drags: a town frame costs a
 * software-rendered laptop most of a frame, and the budget panel's preview or the year report must
 * paint first.
 */
const YIELD_TO_INPUT_MS = 250;

export async function startStage(host: HTMLElement): Promise<StageHandle> {
  const bridge = new StageBridge();
  const worldMap = new WorldMapScene(bridge);
  const cluster = new ClusterScene(bridge);
  const renderer = chooseRenderer();
  const game = new Phaser.Game({
    type: renderer.type,
    fps: { limit: FPS_LIMIT },
    parent: host,
    backgroundColor: TABLE,
    banner: false,
    autoFocus: false,
    input: false,
    disableContextMenu: false,
    scale: {
      mode: Phaser.Scale.NONE,
      parent: host,
      width: Math.max(32, host.clientWidth),
      height: Math.max(24, host.clientHeight),
      expandParent: false,
      autoRound: true,
    },
    render: { antialias: true, antialiasGL: true, powerPreference: 'low-power' },
    scene: [new BootScene(), new PreloaderScene(bridge), worldMap, cluster],
  });
  await bridge.whenReady();
  host.dataset.renderer = renderer.software ? 'canvas' : 'webgl';
  host.dataset.loop = 'running';

  const started = new Set<SceneKey>();
  let current: SceneKey | null = null;
  let slotObserver: ResizeObserver | null = null;
  let attachedSlot: HTMLElement | null = null;
  let destroyed = false;
  let hostShown = true;
  let onScreen = true;
  let busyUntil = 0;

  /** Until when the town holds still for the player's input, and whether it has something to draw after. */
  let yieldUntil = 0;
  let wakeAfterYield = false;
  const yielding = () => performance.now() < yieldUntil;
  const shouldRun = () => !destroyed && hostShown && onScreen && document.visibilityState === 'visible' && !yielding();
  const sceneMoving = () => (current === 'Cluster' ? cluster.isAnimating() : false);
  let wakeRequested = false;
  /**
   * Something changed: draw until it settles (if the stage can be seen at all). The loop wakes at
   * the next frame, not here: waking draws a frame at once, which a click handler should not wait for.
   */
  const poke = () => {
    busyUntil = performance.now() + SETTLE_MS;
    fitFrameRate(false);
    if (yielding()) {
      wakeAfterYield = true;
      return;
    }
    if (wakeRequested || game.loop.running || !shouldRun()) return;
    wakeRequested = true;
    requestAnimationFrame(() => {
      wakeRequested = false;
      if (!shouldRun()) return;
      game.loop.wake();
      host.dataset.loop = 'running';
    });
  };
  // Whether the loop is drawing, published on the host for the browser tests and for anyone debugging.
  const sleep = () => {
    game.loop.sleep();
    host.dataset.loop = 'asleep';
  };
  // The frame rate the town needs now: full while a change plays out, lower for ambient motion alone.
  // Changed outside the loop's own step (restarting the loop from inside a frame would run two).
  let rateTimer: ReturnType<typeof setTimeout> | null = null;
  let wantedRate = FPS_LIMIT;
  const fitFrameRate = (settled: boolean) => {
    wantedRate = settled && renderer.software ? AMBIENT_FPS_SOFTWARE : FPS_LIMIT;
    if (game.loop.fpsLimit === wantedRate || rateTimer !== null) return;
    rateTimer = setTimeout(() => {
      rateTimer = null;
      if (!destroyed && game.loop.fpsLimit !== wantedRate) game.loop.setFPSLimit(wantedRate);
    }, 0);
  };
  // After each frame: sleep when nothing will move in the next one.
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    const settled = performance.now() > busyUntil;
    if (!shouldRun() || (settled && !sceneMoving())) sleep();
    else fitFrameRate(settled);
  });
  const onVisibility = () => (shouldRun() ? poke() : sleep());
  document.addEventListener('visibilitychange', onVisibility);
  let yieldTimer: ReturnType<typeof setTimeout> | null = null;
  // A press, a key or an input: the town stops drawing for a moment (what the player touched answers
  // first, End year's report included) and takes up again only if it had something to draw.
  const onInput = () => {
    yieldUntil = performance.now() + YIELD_TO_INPUT_MS;
    if (game.loop.running || wakeRequested) {
      wakeAfterYield = true;
      sleep();
    }
    if (yieldTimer !== null) clearTimeout(yieldTimer);
    yieldTimer = setTimeout(() => {
      yieldTimer = null;
      if (!wakeAfterYield) return;
      wakeAfterYield = false;
      poke();
    }, YIELD_TO_INPUT_MS);
  };
  for (const type of ['input', 'pointerdown', 'keydown']) document.addEventListener(type, onInput, true);

  const resize = () => {
    if (destroyed) return;
    const width = host.clientWidth;
    const height = host.clientHeight;
    if (width === 0 || height === 0) return;
    const ratio = renderer.software ? 1 : Math.min(2, Math.max(1, globalThis.devicePixelRatio || 1));
    const targetWidth = Math.max(32, Math.round(width * ratio));
    const targetHeight = Math.max(24, Math.round(height * ratio));
    if (game.scale.zoom !== 1 / ratio) game.scale.setZoom(1 / ratio);
    if (game.scale.width !== targetWidth || game.scale.height !== targetHeight) {
      game.scale.resize(targetWidth, targetHeight);
      poke();
    }
  };

  // The loop sleeps while the stage is hidden (title and debrief screens) or scrolled out of view.
  const hostObserver = new ResizeObserver(() => {
    if (destroyed) return;
    const shown = host.offsetWidth > 0 && host.offsetHeight > 0;
    if (shown === hostShown) return;
    hostShown = shown;
    if (shown) {
      resize();
      poke();
    } else sleep();
  });
  hostObserver.observe(host);
  const viewObserver = new IntersectionObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (!entry || destroyed) return;
    onScreen = entry.isIntersecting;
    if (onScreen) poke();
    else sleep();
  });
  viewObserver.observe(host);

  const show = (key: SceneKey) => {
    const scenes = game.scene;
    if (current && current !== key && scenes.isActive(current)) scenes.sleep(current);
    current = key;
    if (!started.has(key)) {
      started.add(key);
      scenes.start(key);
    } else if (scenes.isSleeping(key)) {
      scenes.wake(key);
    }
  };

  return {
    attach(slot: HTMLElement) {
      if (destroyed) return;
      if (host.parentElement !== slot) slot.append(host);
      // The shell attaches on every render (each budget input): only a new slot needs measuring,
      // since reading its size forces a layout; the observer follows later size changes.
      if (slot === attachedSlot) return;
      attachedSlot = slot;
      slotObserver?.disconnect();
      slotObserver = new ResizeObserver(resize);
      slotObserver.observe(slot);
      resize();
    },
    showWorldMap(view: MapView) {
      if (destroyed || (view === bridge.mapView && current === 'WorldMap')) return;
      bridge.mapView = view;
      show('WorldMap');
      worldMap.refresh();
      poke();
    },
    showTown(view: TownView) {
      if (destroyed || (view === bridge.townView && current === 'Cluster')) return;
      const first = bridge.townView === null;
      bridge.townView = view;
      show('Cluster');
      // A new year's town changes after the year report has painted: the report is what the player
      // waits for, and the town's new workshops animate behind it.
      // Waking the loop waits too: a town frame drawn in software takes most of the report's frame.
      if (first) {
        cluster.refresh();
        poke();
      } else
        afterPaint(window, () => {
          if (destroyed) return;
          cluster.refresh();
          poke();
        });
    },
    setReducedMotion(reduced: boolean) {
      if (destroyed || bridge.reducedMotion === reduced) return;
      bridge.reducedMotion = reduced;
      cluster.refresh();
      poke();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      slotObserver?.disconnect();
      hostObserver.disconnect();
      viewObserver.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
      for (const type of ['input', 'pointerdown', 'keydown']) document.removeEventListener(type, onInput, true);
      if (yieldTimer !== null) clearTimeout(yieldTimer);
      if (rateTimer !== null) clearTimeout(rateTimer);
      game.destroy(true);
    },
  };
}
