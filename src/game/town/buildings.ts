// Buildings: the town's plots. Workshops, factories and foreign plants stand on the plots they keep
// for as long as they exist: they rise when firms enter, roll their shutters down as they close and
// fall when they are gone; an upgraded firm wears an accent. Vacant plots grow a little greenery,
// cleared when a building takes the plot. Chimney smoke and fire are drawn by the effects.
import type * as Phaser from 'phaser';
import type { TownBuilding, TownView } from '../../view/town';
import { buildingHeight, chimneyTop, drawBuilding, type BuildingLook } from '../draw/buildings';
import { bake } from '../draw/pen';
import { spriteOrigin, TEXTURE_SCALE, TREE_KINDS } from '../draw/sprites';
import { unitHash } from '../rng';
import type { Plot, Pt } from '../town-layout';
import { SPRITE_SCALE, Tweens, type TownContext, type TownSystem } from './context';
import type { Effects } from './effects';

interface BuildingObject {
  data: TownBuilding;
  look: BuildingLook;
  plot: Plot;
  image: Phaser.GameObjects.Image;
  /** The shutters coming down, if they are: stopped when the building goes, so it never redraws a destroyed image. */
  shutters?: Phaser.Tweens.Tween;
}

/** The texture key of a building look (closing shutters in quarter steps). */
function lookKey(look: BuildingLook): string {
  const closed = Math.round(look.closed * 4) / 4;
  const variant = look.kind === 'workshop' ? look.variant % 2 : 0;
  return `bld:${look.kind}:${look.size}:${look.upgraded ? 1 : 0}:${closed}:${look.burnt ? 1 : 0}:${look.chimney ? 1 : 0}:${variant}`;
}

export class Buildings implements TownSystem {
  private readonly buildings = new Map<number, BuildingObject>();
  /** Greenery on vacant plots, by plot key ('w:3', 'l:0'); cleared when a building takes the plot. */
  private readonly decor = new Map<string, Phaser.GameObjects.Image[]>();
  private readonly tweens: Tweens;
  private view: TownView | null = null;

  constructor(
    private readonly ctx: TownContext,
    private readonly effects: Effects,
  ) {
    this.tweens = new Tweens(ctx.scene);
  }

  sync(view: TownView, animate: boolean): void {
    const previous = this.view;
    this.view = view;
    if (!previous) {
      this.syncDecor(view, false);
      for (const b of view.buildings) this.addBuilding(b, view, false);
      return;
    }
    const newYear = view.year !== previous.year;
    this.syncDecor(view, animate);
    // Removed, changed, new; new buildings rise one after another once the new year has dawned.
    const incoming = new Map(view.buildings.map((b) => [b.id, b]));
    let delay = newYear && animate ? 350 : 0;
    for (const [id, obj] of this.buildings) {
      if (!incoming.has(id)) this.removeBuilding(obj, animate);
    }
    for (const b of view.buildings) {
      const obj = this.buildings.get(b.id);
      if (!obj) {
        this.addBuilding(b, view, animate, delay);
        if (animate) delay += 90;
        continue;
      }
      const wasClosing = obj.data.change === 'closing';
      obj.data = b;
      const look = this.lookOf(b, view);
      const closingNow = b.change === 'closing' && !wasClosing;
      obj.look = { ...look, closed: wasClosing || !closingNow ? look.closed : 0 };
      this.redrawBuilding(obj);
      this.refreshEffects(obj, view);
      if (closingNow) this.closeShutters(obj, animate);
    }
  }

  update(): void {
    // Buildings move only in tweens.
  }

  animating(): boolean {
    return this.tweens.running();
  }

  /** Where welding sparks may fly: the open workshops. */
  openWorkshops(): Pt[] {
    const open: Pt[] = [];
    for (const b of this.buildings.values()) if (b.data.kind === 'workshop' && b.data.change !== 'closing') open.push(b.plot.anchor);
    return open;
  }

  private lookOf(b: TownBuilding, view: TownView): BuildingLook {
    const seed = this.ctx.layout.seed;
    const chimneyShare = view.clusterType === 'survival' ? 0.45 : view.clusterType === 'mass-producers' ? 0.3 : 0.2;
    return {
      kind: b.kind,
      size: b.size,
      upgraded: b.upgraded,
      closed: b.change === 'closing' ? 1 : 0,
      burnt: b.burnt && b.change === 'closing',
      chimney: b.kind === 'workshop' && unitHash(seed, b.id, 3) < chimneyShare,
      variant: b.id % 4,
    };
  }

  private plotOf(b: TownBuilding): Plot | null {
    const { layout } = this.ctx;
    const pool = b.kind === 'workshop' ? layout.workshopPlots : layout.largePlots;
    return pool[b.plot] ?? null;
  }

  private addBuilding(b: TownBuilding, view: TownView, animate: boolean, delay = 0): void {
    const plot = this.plotOf(b);
    if (!plot) return;
    const look = this.lookOf(b, view);
    const image = this.ctx.scene.add.image(plot.anchor.x, plot.anchor.y, '__DEFAULT').setScale(SPRITE_SCALE).setDepth(plot.anchor.y);
    const obj: BuildingObject = { data: b, look, plot, image };
    this.buildings.set(b.id, obj);
    this.redrawBuilding(obj);
    if (animate) {
      image.setScale(SPRITE_SCALE, 0);
      this.tweens.add({
        targets: image,
        scaleY: SPRITE_SCALE,
        duration: 650,
        delay,
        ease: 'Back.easeOut',
        onStart: () => this.effects.dust(plot.anchor.x, plot.anchor.y, b.kind === 'workshop' ? 8 : 14),
        onComplete: () => this.refreshEffects(obj, this.view ?? view),
      });
    } else {
      this.refreshEffects(obj, view);
    }
  }

  private redrawBuilding(obj: BuildingObject): void {
    const baked = bake(this.ctx.scene, lookKey(obj.look), TEXTURE_SCALE, (pen) => drawBuilding(pen, obj.look));
    if (obj.image.texture.key !== baked.key) obj.image.setTexture(baked.key).setOrigin(baked.originX, baked.originY);
  }

  private removeBuilding(obj: BuildingObject, animate: boolean): void {
    this.buildings.delete(obj.data.id);
    obj.shutters?.stop();
    this.effects.clearBuilding(obj.data.id);
    if (!animate) {
      obj.image.destroy();
      return;
    }
    this.tweens.add({ targets: obj.image, alpha: 0, scaleY: SPRITE_SCALE * 0.2, duration: 500, ease: 'Quad.easeIn', onComplete: () => obj.image.destroy() });
  }

  private closeShutters(obj: BuildingObject, animate: boolean): void {
    if (!animate) {
      obj.look = { ...obj.look, closed: 1 };
      this.redrawBuilding(obj);
      return;
    }
    obj.shutters?.stop();
    obj.shutters = this.tweens.counter({
      from: 0,
      to: 1,
      duration: 1100,
      delay: 400,
      ease: 'Quad.easeInOut',
      onUpdate: (tween) => {
        obj.look = { ...obj.look, closed: tween.getValue() ?? 1 };
        this.redrawBuilding(obj);
      },
    });
  }

  /** Smoke from the chimney (scaled by the view's smoke) and fire on burnt buildings. */
  private refreshEffects(obj: BuildingObject, view: TownView): void {
    const { id } = obj.data;
    this.effects.clearBuilding(id);
    if (!this.buildings.has(id)) return;
    const { anchor } = obj.plot;
    const open = obj.data.change !== 'closing';
    const top = chimneyTop(obj.look);
    if (top && open) {
      const big = obj.look.kind !== 'workshop';
      this.effects.chimneySmoke(id, anchor.x + top.x, anchor.y + top.y, view.smoke, big ? 1.4 : 0.8);
    }
    if (view.fire && obj.data.burnt) {
      const h = buildingHeight(obj.look);
      this.effects.blaze(id, anchor.x, anchor.y - h * 0.55, obj.look.kind === 'workshop' ? 24 : 60, { x: anchor.x + 4, y: anchor.y - h - 6 });
    }
  }

  // Greenery on vacant plots.
  private syncDecor(view: TownView, animate: boolean): void {
    const { layout, scene } = this.ctx;
    const occupied = new Set(view.buildings.map((b) => `${b.kind === 'workshop' ? 'w' : 'l'}:${b.plot}`));
    const plots: [string, Plot, boolean][] = [
      ...layout.workshopPlots.map((p, i): [string, Plot, boolean] => [`w:${i}`, p, false]),
      ...layout.largePlots.map((p, i): [string, Plot, boolean] => [`l:${i}`, p, true]),
    ];
    plots.forEach(([key, plot, large], index) => {
      const existing = this.decor.get(key);
      if (occupied.has(key)) {
        if (!existing) return;
        this.decor.delete(key);
        for (const image of existing) {
          if (animate) this.tweens.add({ targets: image, alpha: 0, scale: 0, duration: 300, onComplete: () => image.destroy() });
          else image.destroy();
        }
        return;
      }
      if (existing) return;
      const images: Phaser.GameObjects.Image[] = [];
      const c = plot.cell;
      const h = unitHash(layout.seed, index, large ? 2 : 1);
      // [x, y] as fractions of the cell, and the tree variant.
      const spots: [number, number, number][] = large
        ? [
            [0.28, 0.55, 1],
            [0.7, 0.8, 0],
            [0.55, 0.35, 2],
          ]
        : h < 0.55
          ? [[0.3 + h * 0.6, 0.78, h < 0.25 ? 2 : h < 0.4 ? 0 : 1]]
          : [];
      for (const [fx, fy, variant] of spots) {
        const key2 = `tree-${(variant + Math.floor(h * 10)) % TREE_KINDS}`;
        const origin = spriteOrigin(key2);
        const x = c.x + c.w * fx;
        const y = c.y + c.h * fy;
        const scale = SPRITE_SCALE * (variant === 2 ? 0.8 : 0.9);
        const image = scene.add.image(x, y, key2).setOrigin(origin.x, origin.y).setScale(scale).setDepth(y);
        if (animate) {
          image.setAlpha(0);
          this.tweens.add({ targets: image, alpha: 1, duration: 800, delay: 1200 });
        }
        images.push(image);
      }
      this.decor.set(key, images);
    });
  }
}
