// Effects: smoke from chimneys (thicker and darker with poor working conditions), fire and black
// smoke on a building burnt in an accident year, puffs of dust where something is built, and welding
// sparks at open workshops, more often in a good year. With reduced motion smoke and fire are still
// images and nothing else is drawn.
import * as Phaser from 'phaser';
import type { TownView } from '../../view/town';
import { particleTint, tintedKey, tintImage, usesCanvas } from '../draw/tint';
import { mix, OI } from '../palette';
import type { Pt } from '../town-layout';
import { DEPTH, SPRITE_SCALE, type TownContext, type TownSystem } from './context';

export class Effects implements TownSystem {
  /** Smoke and fire by building id, replaced whenever the building or the year changes. */
  private readonly byBuilding = new Map<number, Phaser.GameObjects.GameObject[]>();
  private sparks: Phaser.GameObjects.Particles.ParticleEmitter | null = null;
  private sparkTimer: Phaser.Time.TimerEvent | null = null;
  /** Dust bursts still in the air. */
  private dusts = 0;

  /** `sparkSites` names where sparks may fly when they do: the open workshops, at that moment. */
  constructor(
    private readonly ctx: TownContext,
    private readonly sparkSites: () => Pt[],
  ) {}

  /** Sparks fly more often in a good year. */
  sync(view: TownView): void {
    this.setupSparks(view);
  }

  update(): void {
    // Particles and timers move on Phaser's clock.
  }

  animating(): boolean {
    if (this.ctx.reduced) return false;
    if (this.dusts > 0) return true;
    for (const list of this.byBuilding.values()) if (list.length > 0) return true;
    return this.sparkTimer !== null && this.sparkSites().length > 0;
  }

  /** Smoke rising from a building's chimney at (x, y), at the view's smoke level. */
  chimneySmoke(id: number, x: number, y: number, level: number, size: number): void {
    this.of(id).push(...this.smoke(x, y, level, size, false));
  }

  /** A burning building: flames across `width` at (x, y), black smoke from its top. */
  blaze(id: number, x: number, y: number, width: number, top: Pt): void {
    this.of(id).push(...this.fire(x, y, width));
    this.of(id).push(...this.smoke(top.x, top.y, 1, 2.2, true));
  }

  /** Puts out a building's smoke and fire. */
  clearBuilding(id: number): void {
    for (const effect of this.byBuilding.get(id) ?? []) effect.destroy();
    this.byBuilding.delete(id);
  }

  /** A puff of dust where something goes up (none with reduced motion). */
  dust(x: number, y: number, count: number): void {
    if (this.ctx.reduced) return;
    const { scene } = this.ctx;
    const tinted = particleTint(scene, 'dust', 0xc9a878);
    const dust = scene.add.particles(x, y, tinted.texture, {
      lifespan: 700,
      speed: { min: 20, max: 60 },
      angle: { min: 180, max: 360 },
      scale: { start: SPRITE_SCALE * 2.2, end: SPRITE_SCALE * 0.5 },
      alpha: { start: 0.7, end: 0 },
      tint: tinted.tint,
      emitting: false,
    });
    dust.setDepth(DEPTH.particles);
    dust.explode(count);
    this.dusts++;
    scene.time.delayedCall(900, () => {
      this.dusts--;
      dust.destroy();
    });
  }

  private of(id: number): Phaser.GameObjects.GameObject[] {
    let list = this.byBuilding.get(id);
    if (!list) {
      list = [];
      this.byBuilding.set(id, list);
    }
    return list;
  }

  private smoke(x: number, y: number, level: number, size: number, dark: boolean): Phaser.GameObjects.GameObject[] {
    const { scene } = this.ctx;
    // The level in tenths: Canvas bakes one texture per tint, and a tenth is finer than the eye reads smoke.
    const tint = dark ? 0x2f2a27 : mix(0xeeeae2, 0x4a433d, Math.round(level * 10) / 10);
    const alpha = dark ? 0.85 : 0.4 + 0.45 * level;
    if (level <= 0.02 && !dark) return [];
    if (this.ctx.reduced) {
      const puffs: Phaser.GameObjects.GameObject[] = [];
      const n = dark ? 4 : 1 + Math.round(level * 2);
      for (let i = 0; i < n; i++) {
        const puff = scene.add.image(x + i * 8 * size, y - 4 - i * 12 * size, 'puff');
        puffs.push(
          tintImage(puff, 'puff', tint)
            .setScale(SPRITE_SCALE * size * (0.7 + i * 0.35))
            .setAlpha(alpha * (1 - i / (n + 1)))
            .setDepth(DEPTH.particles),
        );
      }
      return puffs;
    }
    const puff = particleTint(scene, 'puff', tint);
    const emitter = scene.add.particles(x, y, puff.texture, {
      lifespan: { min: 2600, max: 3800 },
      speedY: { min: -24 * size, max: -14 * size },
      speedX: { min: 3, max: 10 },
      scale: { start: SPRITE_SCALE * 0.55 * size, end: SPRITE_SCALE * 1.7 * size },
      alpha: { start: alpha, end: 0, ease: 'Sine.easeIn' },
      tint: puff.tint,
      frequency: dark ? 120 : Math.round(1300 - 900 * level),
      quantity: 1,
      advance: 3500,
    });
    emitter.setDepth(DEPTH.particles);
    return [emitter];
  }

  private fire(x: number, y: number, width: number): Phaser.GameObjects.GameObject[] {
    const { scene } = this.ctx;
    if (this.ctx.reduced) {
      return [-0.3, 0, 0.3].map((f, i) =>
        scene.add
          .image(x + f * width, y + (i === 1 ? -4 : 2), 'flame')
          .setScale(SPRITE_SCALE * (i === 1 ? 2.2 : 1.6))
          .setDepth(DEPTH.particles),
      );
    }
    const emitter = scene.add.particles(x, y, 'flame', {
      lifespan: { min: 500, max: 900 },
      speedY: { min: -50, max: -22 },
      speedX: { min: -6, max: 6 },
      x: { min: -width / 2, max: width / 2 },
      scale: { start: SPRITE_SCALE * 1.8, end: SPRITE_SCALE * 0.3 },
      alpha: { start: 1, end: 0.2 },
      color: [0xfff0a0, 0xffb020, OI.vermillion, 0x8a2a00],
      frequency: 70,
      advance: 900,
    });
    emitter.setDepth(DEPTH.particles + 1);
    return [emitter];
  }

  // Welding sparks at open workshops in a busy year.
  private setupSparks(view: TownView): void {
    const { scene, rand } = this.ctx;
    this.sparkTimer?.remove();
    this.sparkTimer = null;
    if (this.ctx.reduced) return;
    if (!this.sparks) {
      // Canvas cannot tint each spark: there they are all yellow.
      const canvas = usesCanvas(scene);
      this.sparks = scene.add.particles(0, 0, canvas ? tintedKey(scene, 'dust', OI.yellow) : 'dust', {
        lifespan: 380,
        speed: { min: 30, max: 80 },
        angle: { min: 200, max: 340 },
        gravityY: 160,
        scale: { start: SPRITE_SCALE * 0.7, end: 0 },
        ...(canvas ? {} : { tint: [OI.yellow, 0xffffff, OI.orange] }),
        blendMode: Phaser.BlendModes.ADD,
        emitting: false,
      });
      this.sparks.setDepth(DEPTH.particles);
    }
    const busy = (view.mood + 1) / 2;
    this.sparkTimer = scene.time.addEvent({
      delay: Math.round(900 - 600 * busy),
      loop: true,
      callback: () => {
        const open = this.sparkSites();
        const pick = open[Math.floor(rand() * open.length)];
        if (pick && this.sparks) this.sparks.explode(6, pick.x - 6 + rand() * 12, pick.y - 6);
      },
    });
  }
}
