// What the stage handle and the scenes share: the latest views and the motion setting. The handle
// writes here; a scene reads it when it starts or wakes, and is told about changes while it runs.
import type { MapView } from '../view/map';
import type { TownView } from '../view/town';

export class StageBridge {
  mapView: MapView | null = null;
  townView: TownView | null = null;
  reducedMotion = false;
  private readyResolvers: (() => void)[] = [];
  private isReady = false;

  /** Called by the Preloader once every texture exists. */
  markReady(): void {
    this.isReady = true;
    for (const resolve of this.readyResolvers.splice(0)) resolve();
  }

  whenReady(): Promise<void> {
    return this.isReady ? Promise.resolve() : new Promise((resolve) => this.readyResolvers.push(resolve));
  }
}
