// Preloader: generates every texture procedurally (no downloads), then tells the stage it is ready.
import * as Phaser from 'phaser';
import type { StageBridge } from '../bridge';
import { generateSprites } from '../draw/sprites';

export class PreloaderScene extends Phaser.Scene {
  constructor(private readonly bridge: StageBridge) {
    super('Preloader');
  }

  create(): void {
    generateSprites(this);
    this.bridge.markReady();
    this.scene.stop();
  }
}
