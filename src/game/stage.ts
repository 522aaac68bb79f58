// Stub: replaced by the Phaser stage (Boot, Preloader, WorldMap and Cluster scenes).
import type { StageHandle } from '../view/stage';

export async function startStage(host: HTMLElement): Promise<StageHandle> {
  void host;
  return {
    attach: () => undefined,
    showWorldMap: () => undefined,
    showTown: () => undefined,
    setReducedMotion: () => undefined,
    destroy: () => undefined,
  };
}
