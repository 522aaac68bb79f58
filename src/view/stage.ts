// The contract between the DOM app and the Phaser stage (src/game implements it). Declared here so
// the UI can drive the stage without importing Phaser; main.ts injects the implementation.
import type { MapView } from './map';
import type { TownView } from './town';

export interface StageHandle {
  /** Moves the canvas into a slot element and resizes it to fill the slot. */
  attach(slot: HTMLElement): void;
  showWorldMap(view: MapView): void;
  showTown(view: TownView): void;
  setReducedMotion(reduced: boolean): void;
  destroy(): void;
}

export type StartStage = (host: HTMLElement) => Promise<StageHandle>;
