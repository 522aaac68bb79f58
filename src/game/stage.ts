// The Phaser stage: one game, scenes Boot -> Preloader -> (WorldMap | Cluster), and the handle the
// app drives (src/view/stage.ts). The canvas fills whichever slot it is attached to: the scale mode
// is RESIZE and a ResizeObserver on the slot keeps it in step. Phaser's input is off (the DOM owns
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
      mode: Phaser.Scale.RESIZE,
      parent: host,
      width: '100%',
      height: '100%',
      expandParent: false,
      autoRound: true,
      min: { width: 32, height: 24 },
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
    game.scale.getParentBounds();
    game.scale.refresh();
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
