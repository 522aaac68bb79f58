// Mood: how the year feels. A good year gets a light warm wash, a bad one a grey cast with clouds
// drifting over the town (each with its shadow on the ground); the year plaque shows the year and
// its weather; a new year dawns with a short night-to-day fade and a banner with the year.
import * as Phaser from 'phaser';
import type { TownView } from '../../view/town';
import { Pen } from '../draw/pen';
import { tintImage } from '../draw/tint';
import { CARD, css, INK, OI } from '../palette';
import { BOARD, WORLD_HEIGHT, WORLD_WIDTH } from '../town-layout';
import { clamp, DEPTH, FONT, SPRITE_SCALE, Tweens, type TownContext, type TownSystem } from './context';

export class Mood implements TownSystem {
  private overlay: Phaser.GameObjects.Rectangle | null = null;
  private clouds: Phaser.GameObjects.Image[] = [];
  private plaqueText: Phaser.GameObjects.Text | null = null;
  private plaqueIcon: Phaser.GameObjects.Graphics | null = null;
  private readonly tweens: Tweens;
  private view: TownView | null = null;

  constructor(private readonly ctx: TownContext) {
    this.tweens = new Tweens(ctx.scene);
  }

  sync(view: TownView, animate: boolean): void {
    const previous = this.view;
    this.view = view;
    if (!previous) {
      this.overlay = this.ctx.scene.add.rectangle(0, 0, WORLD_WIDTH, WORLD_HEIGHT, 0xffffff, 0).setOrigin(0, 0).setDepth(DEPTH.mood);
      this.applyMood(view, false);
      this.addPlaque(view);
      return;
    }
    if (view.year !== previous.year) {
      if (animate) this.dawn();
      this.banner(view.year);
    }
    this.applyMood(view, animate);
    this.updatePlaque(view);
  }

  /** Clouds drift with the wind and come round again. */
  update(dt: number): void {
    for (const cloud of this.clouds) {
      cloud.x += dt * 9;
      if (cloud.x > WORLD_WIDTH + 120) cloud.x = -120;
    }
  }

  animating(): boolean {
    return (!this.ctx.reduced && this.clouds.length > 0) || this.tweens.running();
  }

  private applyMood(view: TownView, animate: boolean): void {
    const { scene, layout } = this.ctx;
    const overlay = this.overlay;
    if (!overlay) return;
    const mood = clamp(view.mood, -1, 1);
    let alpha: number;
    if (mood >= 0) {
      // A light warm wash only: a good year is clear and busy, not washed out.
      overlay.setFillStyle(0xffe6a8, 1).setBlendMode(Phaser.BlendModes.SCREEN);
      alpha = 0.1 * mood;
    } else {
      overlay.setFillStyle(0x7d8aa0, 1).setBlendMode(Phaser.BlendModes.MULTIPLY);
      alpha = 0.6 * -mood;
    }
    // A fully transparent overlay is hidden so it costs no fill.
    overlay.setVisible(alpha > 0.01);
    if (animate) {
      overlay.setAlpha(0);
      this.tweens.add({ targets: overlay, alpha, duration: 1200, delay: 300 });
    } else overlay.setAlpha(alpha);

    // Clouds drift over a bad year.
    const wanted = mood < -0.15 ? Math.round(1 + -mood * 3) : 0;
    // Clouds come in pairs: the cloud and its shadow on the ground below it.
    while (this.clouds.length > wanted * 2) this.clouds.pop()?.destroy();
    while (this.clouds.length < wanted * 2) {
      const i = this.clouds.length / 2;
      const x = 120 + ((i * 397 + layout.seed) % 960);
      const y = 150 + ((i * 233) % 520);
      const scale = SPRITE_SCALE * (1.1 + (i % 2) * 0.4);
      const shadow = tintImage(scene.add.image(x + 40, y + 70, 'cloud'), 'cloud', INK).setScale(scale).setAlpha(0.12).setDepth(DEPTH.clouds - 1);
      const cloud = scene.add.image(x, y, 'cloud').setScale(scale).setAlpha(0.85).setDepth(DEPTH.clouds);
      this.clouds.push(shadow, cloud);
    }
  }

  // --- The year plaque, the banner and the dawn ---

  private addPlaque(view: TownView): void {
    const { scene } = this.ctx;
    const x = BOARD.x + 18;
    const y = BOARD.y + 14;
    const g = scene.add.graphics().setDepth(DEPTH.plaque);
    const pen = new Pen(g);
    pen.ellipse(x + 98, y + 64, 190, 10, INK, 0.15);
    pen.roundRect(x, y, 196, 64, 14, CARD, { width: 3 });
    this.plaqueIcon = scene.add.graphics({ x: x + 158, y: y + 32 }).setDepth(DEPTH.plaque + 1);
    this.plaqueText = scene.add
      .text(x + 16, y + 32, String(view.year), { fontFamily: FONT, fontSize: '38px', fontStyle: 'bold', color: css(INK), resolution: 2 })
      .setOrigin(0, 0.5)
      .setDepth(DEPTH.plaque + 1);
    this.updatePlaque(view);
  }

  private updatePlaque(view: TownView): void {
    this.plaqueText?.setText(String(view.year));
    const g = this.plaqueIcon;
    if (!g) return;
    g.clear();
    const pen = new Pen(g);
    const sun = (x: number, y: number, r: number) => {
      for (let i = 0; i < 8; i++) {
        const a = (i * Math.PI) / 4;
        pen.line(x + Math.cos(a) * (r + 3), y + Math.sin(a) * (r + 3), x + Math.cos(a) * (r + 8), y + Math.sin(a) * (r + 8), 2.5, OI.orange);
      }
      pen.circle(x, y, r, OI.yellow, { width: 2 });
    };
    const cloud = (x: number, y: number, color: number) => {
      pen.circle(x - 8, y + 2, 8, color, { width: 2 });
      pen.circle(x + 8, y + 2, 8, color, { width: 2 });
      pen.circle(x, y - 4, 10, color, { width: 2 });
      pen.rect(x - 8, y + 2, 16, 8, color, { stroke: false });
      pen.line(x - 15, y + 10, x + 15, y + 10, 2);
    };
    if (view.mood > 0.2) sun(0, 0, 11);
    else if (view.mood > -0.2) {
      sun(-5, -6, 8);
      cloud(5, 4, 0xf4f1ea);
    } else {
      cloud(0, -4, 0xb9bfc9);
      for (const dx of [-8, 0, 8]) pen.line(dx, 12, dx - 3, 20, 2, OI.blue);
    }
  }

  private banner(year: number): void {
    const { scene } = this.ctx;
    const x = WORLD_WIDTH / 2;
    const y = WORLD_HEIGHT * 0.42;
    const container = scene.add.container(x, y).setDepth(DEPTH.banner);
    const g = scene.add.graphics();
    const pen = new Pen(g);
    pen.ellipse(0, 52, 260, 16, INK, 0.2);
    pen.roundRect(-140, -48, 280, 96, 20, CARD, { width: 4 });
    pen.rect(-140, 30, 280, 6, OI.orange, { stroke: false });
    const text = scene.add
      .text(0, -6, String(year), { fontFamily: FONT, fontSize: '68px', fontStyle: 'bold', color: css(INK), resolution: 2 })
      .setOrigin(0.5, 0.5);
    container.add([g, text]);
    if (this.ctx.reduced) {
      scene.time.delayedCall(1500, () => container.destroy());
      return;
    }
    container.setScale(0.6).setAlpha(0);
    this.tweens.chain({
      targets: container,
      tweens: [
        { scale: 1, alpha: 1, duration: 380, ease: 'Back.easeOut' },
        { alpha: 0, duration: 450, delay: 1100, ease: 'Quad.easeIn' },
      ],
      onComplete: () => container.destroy(),
    });
  }

  /** A quick night-to-day fade as a new year begins. */
  private dawn(): void {
    const { scene } = this.ctx;
    const night = scene.add.rectangle(0, 0, WORLD_WIDTH, WORLD_HEIGHT, 0x1b2440, 0.55).setOrigin(0, 0).setDepth(DEPTH.night);
    this.tweens.add({ targets: night, alpha: 0, duration: 1300, ease: 'Sine.easeInOut', onComplete: () => night.destroy() });
  }
}
