// What the town's systems share: the scene they draw in, the town's layout, the motion setting and
// the town's seeded random stream (one stream for all, so a town moves the same whichever system
// draws first), the depth bands that keep the layers apart, and the contract every system keeps.
import type * as Phaser from 'phaser';
import type { TownView } from '../../view/town';
import { bake, type Pen } from '../draw/pen';
import { TEXTURE_SCALE } from '../draw/sprites';
import type { TownLayout } from '../town-layout';

export const SPRITE_SCALE = 1 / TEXTURE_SCALE;
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

/** Depth bands; everything standing on the board is drawn at its foot's y (0..WORLD_HEIGHT). */
export const DEPTH = {
  ground: -1000,
  power: 2000,
  particles: 2100,
  clouds: 2900,
  mood: 3000,
  plaque: 3100,
  night: 3200,
  banner: 3300,
};

export const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

export interface TownContext {
  scene: Phaser.Scene;
  layout: TownLayout;
  /** Reduced motion: everything drawn in its final state, nothing moves. */
  reduced: boolean;
  rand: () => number;
}

/**
 * One concern of the town. The scene makes a fresh set of systems for each town (a new scenario, a
 * loaded save, a new motion setting), hands each new view to all of them, steps them every frame
 * the town is drawn, and sleeps when none is animating.
 */
export interface TownSystem {
  /** Show a view: the first call draws the town as it stands, later ones animate what changed when `animate`. */
  sync(view: TownView, animate: boolean): void;
  /** One frame of motion, dt in seconds (only called without reduced motion). */
  update(dt: number): void;
  /** Whether the next frame may differ from this one because of this system. */
  animating(): boolean;
}

/** An image of a texture baked once from pen strokes (at TEXTURE_SCALE), drawn at board scale. */
export function bakedImage(scene: Phaser.Scene, x: number, y: number, key: string, draw: (pen: Pen) => void): Phaser.GameObjects.Image {
  const baked = bake(scene, key, TEXTURE_SCALE, draw);
  return scene.add.image(x, y, baked.key).setOrigin(baked.originX, baked.originY).setScale(SPRITE_SCALE);
}

/** The tweens one system started, so it can say whether any of them still runs. */
export class Tweens {
  private readonly live = new Set<Phaser.Tweens.BaseTween>();

  constructor(private readonly scene: Phaser.Scene) {}

  add(config: Parameters<Phaser.Tweens.TweenManager['add']>[0]): Phaser.Tweens.Tween {
    return this.track(this.scene.tweens.add(config));
  }

  counter(config: Parameters<Phaser.Tweens.TweenManager['addCounter']>[0]): Phaser.Tweens.Tween {
    return this.track(this.scene.tweens.addCounter(config));
  }

  chain(config: Parameters<Phaser.Tweens.TweenManager['chain']>[0]): Phaser.Tweens.TweenChain {
    return this.track(this.scene.tweens.chain(config));
  }

  /** True while a tween of this system is waiting, playing or repeating. */
  running(): boolean {
    for (const tween of this.live) {
      if (tween.isDestroyed() || tween.isRemoved() || tween.isPendingRemove() || tween.isFinished()) this.live.delete(tween);
      else return true;
    }
    return false;
  }

  private track<T extends Phaser.Tweens.BaseTween>(tween: T): T {
    this.live.add(tween);
    return tween;
  }
}
