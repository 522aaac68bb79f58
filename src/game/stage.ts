// The Phaser stage: one game, scenes Boot -> Preloader -> (WorldMap | Cluster), and the handle the
// app drives (src/view/stage.ts). The canvas fills whichever slot it is attached to, at device
// pixels (up to 2x) so the town stays sharp on phones: the game size is the slot size times the
// pixel ratio, zoomed back down to CSS size, and a ResizeObserver on the slot keeps it in step. Phaser's input is off (the DOM owns
// every control) so the canvas never captures keys, clicks or touch scrolling.
import * as Phaser from 'phaser';
import type { MapView } from '../view/map';
import type { StageHandle } from '../view/stage';
import type { TownView } from '../view/town';
import { StageBridge } from './bridge';
import { TABLE } from './palette';
import { BootScene } from './scenes/boot';
import { ClusterScene } from './scenes/cluster';
import { PreloaderScene } from './scenes/preloader';
import { WorldMapScene } from './scenes/world-map';

type SceneKey = 'WorldMap' | 'Cluster';

export async function startStage(host: HTMLElement): Promise<StageHandle> {
  const bridge = new StageBridge();
  const worldMap = new WorldMapScene(bridge);
  const cluster = new ClusterScene(bridge);
  const game = new Phaser.Game({
    type: Phaser.AUTO,
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

  const started = new Set<SceneKey>();
  let current: SceneKey | null = null;
  let slotObserver: ResizeObserver | null = null;
  let destroyed = false;

  const resize = () => {
    if (destroyed) return;
    const width = host.clientWidth;
    const height = host.clientHeight;
    if (width === 0 || height === 0) return;
    const ratio = Math.min(2, Math.max(1, globalThis.devicePixelRatio || 1));
    const targetWidth = Math.max(32, Math.round(width * ratio));
    const targetHeight = Math.max(24, Math.round(height * ratio));
    if (game.scale.zoom !== 1 / ratio) game.scale.setZoom(1 / ratio);
    if (game.scale.width !== targetWidth || game.scale.height !== targetHeight) game.scale.resize(targetWidth, targetHeight);
  };

  // Pause the game loop while the stage is hidden (title and debrief screens), resume when shown.
  const hostObserver = new ResizeObserver(() => {
    if (destroyed) return;
    const hidden = host.offsetWidth === 0 || host.offsetHeight === 0;
    if (hidden && !game.isPaused) game.pause();
    else if (!hidden && game.isPaused) {
      game.resume();
      resize();
    }
  });
  hostObserver.observe(host);

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
      slotObserver?.disconnect();
      slotObserver = new ResizeObserver(resize);
      slotObserver.observe(slot);
      resize();
    },
    showWorldMap(view: MapView) {
      if (destroyed) return;
      bridge.mapView = view;
      show('WorldMap');
      worldMap.refresh();
    },
    showTown(view: TownView) {
      if (destroyed) return;
      bridge.townView = view;
      show('Cluster');
      cluster.refresh();
    },
    setReducedMotion(reduced: boolean) {
      if (destroyed || bridge.reducedMotion === reduced) return;
      bridge.reducedMotion = reduced;
      cluster.refresh();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      slotObserver?.disconnect();
      hostObserver.disconnect();
      game.destroy(true);
    },
  };
}
