// Boot: the first scene. Nothing to load from the network; it hands over to the Preloader.
import * as Phaser from 'phaser';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    this.scene.start('Preloader');
  }
}
