// Cluster: the living town. It draws a TownView on a board seen from above at a slight angle and,
// when a new view arrives, animates only what changed: workshops rise as firms enter and roll
// their shutters down as they exit, roads get paved, poles and wires appear, the centres go from
// a reserved lot to scaffolding to a finished building, trucks, ships and wagons carry exports,
// chimneys smoke with poor working conditions, a fire burns in an accident year, and a good year
// looks brighter and busier than a bad one. A new year dawns with a short fade and a banner.
// With reduced motion everything is drawn in its final state and nothing moves.
import * as Phaser from 'phaser';
import type { Landmark, TownBuilding, TownView } from '../../view/town';
import type { StageBridge } from '../bridge';
import {
  buildingHeight,
  chimneyTop,
  drawBuilding,
  drawCraneJib,
  drawCraneMast,
  drawResearchCentre,
  drawTrainingCentre,
  RESEARCH_SIZE,
  TRAINING_SIZE,
  type BuildingLook,
} from '../draw/buildings';
import { drawGround, drawPoleLine, pavedKey, polesStanding } from '../draw/ground';
import { bake, Pen, type Baked } from '../draw/pen';
import { particleTint, tintedKey, tintImage, usesCanvas } from '../draw/tint';
import { PERSON_KINDS, spriteOrigin, TEXTURE_SCALE, TREE_KINDS, WAGON_KINDS } from '../draw/sprites';
import { CARD, css, darken, INK, mix, OI, TABLE } from '../palette';
import { seededRandom, unitHash } from '../rng';
import { BOARD, createTownLayout, WORLD_HEIGHT, WORLD_WIDTH, type Plot, type Pt, type TownLayout } from '../town-layout';

const GROUND_KEY = 'town-ground';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
const SPRITE_SCALE = 1 / TEXTURE_SCALE;

const DEPTH = {
  ground: -1000,
  power: 2000,
  particles: 2100,
  clouds: 2900,
  mood: 3000,
  plaque: 3100,
  night: 3200,
  banner: 3300,
};

interface BuildingObject {
  data: TownBuilding;
  look: BuildingLook;
  plot: Plot;
  image: Phaser.GameObjects.Image;
  effects: Phaser.GameObjects.GameObject[];
  /** The shutters coming down, if they are: stopped when the building goes, so it never redraws a destroyed image. */
  shutters?: Phaser.Tweens.Tween;
}

interface LandmarkObject {
  state: Landmark;
  plot: Plot;
  image: Phaser.GameObjects.Image;
  crane: Phaser.GameObjects.GameObject[];
}

/** The texture key of a building look (closing shutters in quarter steps). */
function lookKey(look: BuildingLook): string {
  const closed = Math.round(look.closed * 4) / 4;
  const variant = look.kind === 'workshop' ? look.variant % 2 : 0;
  return `bld:${look.kind}:${look.size}:${look.upgraded ? 1 : 0}:${closed}:${look.burnt ? 1 : 0}:${look.chimney ? 1 : 0}:${variant}`;
}

interface Mover {
  sprite: Phaser.GameObjects.Image;
  kind: 'truck' | 'person';
  from: number;
  to: number;
  t: number;
  speed: number;
  side: number;
  loaded: boolean;
  wait: number;
  phase: number;
  leaving: boolean;
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

export class ClusterScene extends Phaser.Scene {
  private layout: TownLayout | null = null;
  private shown: TownView | null = null;
  private reduced = false;
  private groundImage: Phaser.GameObjects.Image | null = null;
  private groundResolution = 0;
  private groundPaved = '';
  private buildings = new Map<number, BuildingObject>();
  private landmarks: { training: LandmarkObject; research: LandmarkObject } | null = null;
  /** One baked image per street's line of poles. */
  private powerImages: Phaser.GameObjects.Image[] = [];
  private poweredPoles = -1;
  private movers: Mover[] = [];
  private carriers: Phaser.GameObjects.Image[] = [];
  private carrierCount = -1;
  private clouds: Phaser.GameObjects.Image[] = [];
  private moodOverlay: Phaser.GameObjects.Rectangle | null = null;
  private plaqueText: Phaser.GameObjects.Text | null = null;
  private plaqueIcon: Phaser.GameObjects.Graphics | null = null;
  private edgeWidths = new Map<string, number>();
  /** Greenery on vacant plots, by plot key ('w:3', 'l:0'); cleared when a building takes the plot. */
  private decor = new Map<string, Phaser.GameObjects.Image[]>();
  private sparks: Phaser.GameObjects.Particles.ParticleEmitter | null = null;
  private sparkTimer: Phaser.Time.TimerEvent | null = null;
  private rand: () => number = Math.random;

  constructor(private readonly bridge: StageBridge) {
    super('Cluster');
  }

  create(): void {
    this.layout = null;
    this.shown = null;
    this.groundImage = null;
    this.groundResolution = 0;
    const onResize = () => this.fitCamera();
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, onResize));
    this.events.on(Phaser.Scenes.Events.WAKE, () => {
      this.fitCamera();
      this.refresh();
    });
    this.cameras.main.setBackgroundColor(TABLE);
    this.fitCamera();
    this.refresh();
  }

  /**
   * Whether the next frame may differ from this one: the living town always moves (people, trucks,
   * smoke, clouds); with reduced motion only a tween still running does. The stage stops drawing
   * when nothing does.
   */
  isAnimating(): boolean {
    if (!this.sys.isActive() || !this.layout) return false;
    return !this.reduced || this.tweens.getTweens().length > 0;
  }

  /** Called by the stage when a new view or motion setting arrives. */
  refresh(): void {
    if (!this.sys.isActive()) return;
    const view = this.bridge.townView;
    if (!view) return;
    const reduced = this.bridge.reducedMotion;
    const shown = this.shown;
    // A different town, a new game or a loaded save (time went back), or a new motion setting: redraw from scratch.
    if (
      !this.layout ||
      !shown ||
      shown.scenarioId !== view.scenarioId ||
      shown.exportGateway !== view.exportGateway ||
      view.t < shown.t ||
      reduced !== this.reduced
    ) {
      this.rebuild(view, reduced);
      return;
    }
    if (view === this.shown) return;
    this.applyChanges(view);
  }

  // --- Camera and ground ---

  /**
   * Shows the whole board when the slot has the board's 4:3 shape; in a wider or taller slot it
   * zooms in a little (up to 18 %) and crops the far edge rather than leave wide empty bands.
   */
  private fitCamera(): void {
    const width = Math.max(1, this.scale.width);
    const height = Math.max(1, this.scale.height);
    const cam = this.cameras.main;
    cam.setSize(width, height);
    const fit = Math.min(width / WORLD_WIDTH, height / WORLD_HEIGHT);
    const cover = Math.max(width / WORLD_WIDTH, height / WORLD_HEIGHT);
    const zoom = Math.min(cover, fit * 1.18);
    cam.setZoom(zoom);
    const visibleHeight = height / zoom;
    // Keep the top (the year plaque and the export gateway) in view; crop the bottom first.
    const centreY = visibleHeight < WORLD_HEIGHT ? visibleHeight / 2 : WORLD_HEIGHT / 2;
    cam.centerOn(WORLD_WIDTH / 2, centreY);
    if (this.layout && this.shown) this.drawGroundIfNeeded(this.shown);
  }

  private groundResolutionFor(): number {
    return clamp(Math.ceil(this.cameras.main.zoom * 4) / 4, 0.5, 2);
  }

  /** Draws the standing power lines; returns true when more poles stand than before. */
  private drawPowerIfNeeded(view: TownView): boolean {
    const layout = this.layout;
    if (!layout) return false;
    const poles = polesStanding(layout, view.power);
    if (poles === this.poweredPoles) return false;
    const more = this.poweredPoles >= 0 && poles > this.poweredPoles;
    this.poweredPoles = poles;
    for (const image of this.powerImages) image.destroy();
    this.powerImages = [];
    layout.powerLines.forEach((line, index) => {
      const standing = line.filter((p) => view.power >= p.at);
      if (standing.length === 0) return;
      const key = `power:${layout.seed}:${layout.mirrored ? 1 : 0}:${index}:${standing.length}`;
      this.powerImages.push(this.bakedImage(0, 0, key, (pen) => drawPoleLine(pen, standing)).setDepth(DEPTH.power));
    });
    return more;
  }

  private drawGroundIfNeeded(view: TownView): void {
    const layout = this.layout;
    if (!layout) return;
    const resolution = this.groundResolutionFor();
    const paved = pavedKey(layout, view.roads);
    if (resolution === this.groundResolution && paved === this.groundPaved && this.groundImage) return;
    this.groundResolution = resolution;
    this.groundPaved = paved;
    const width = Math.round(WORLD_WIDTH * resolution);
    const height = Math.round(WORLD_HEIGHT * resolution);
    let texture = this.textures.exists(GROUND_KEY) ? (this.textures.get(GROUND_KEY) as Phaser.Textures.CanvasTexture) : null;
    if (!texture) texture = this.textures.createCanvas(GROUND_KEY, width, height);
    if (!texture) return;
    texture.setSize(width, height);
    drawGround(texture.getContext(), resolution, layout, view.clusterType, view.roads);
    texture.refresh();
    if (!this.groundImage) this.groundImage = this.add.image(0, 0, GROUND_KEY).setOrigin(0, 0).setDepth(DEPTH.ground);
    this.groundImage.setTexture(GROUND_KEY);
    this.groundImage.setScale(1 / resolution);
  }

  // --- Full rebuild (a new scenario, the first show, or a motion setting change) ---

  private rebuild(view: TownView, reduced: boolean): void {
    this.tweens.killAll();
    this.time.removeAllEvents();
    this.children.removeAll(true);
    this.groundImage = null;
    this.groundResolution = 0;
    this.powerImages = [];
    this.poweredPoles = -1;
    this.buildings.clear();
    this.decor.clear();
    this.movers = [];
    this.carriers = [];
    this.carrierCount = -1;
    this.clouds = [];
    this.sparks = null;
    this.sparkTimer = null;
    this.reduced = reduced;
    const layout = createTownLayout(view.scenarioId, view.exportGateway);
    this.layout = layout;
    this.rand = seededRandom(layout.seed ^ 0x2545f491);
    this.edgeWidths.clear();
    const { nodes } = layout.graph;
    const keyOf = (p: Pt) => `${Math.round(p.x)}:${Math.round(p.y)}`;
    const index = new Map(nodes.map((p, i) => [keyOf(p), i]));
    for (const road of layout.roads) {
      const a = index.get(keyOf(road.a));
      const b = index.get(keyOf(road.b));
      if (a !== undefined && b !== undefined) {
        this.edgeWidths.set(`${a}-${b}`, road.width);
        this.edgeWidths.set(`${b}-${a}`, road.width);
      }
    }
    this.shown = view;
    this.drawGroundIfNeeded(view);
    this.addTrees(layout);
    this.addGatewayStructures(layout);
    this.landmarks = {
      training: this.createLandmark(layout.training, view.trainingCentre, 'training'),
      research: this.createLandmark(layout.research, view.researchCentre, 'research'),
    };
    this.syncDecor(view, false);
    for (const b of view.buildings) this.addBuilding(b, view, false);
    this.drawPowerIfNeeded(view);
    this.syncCarriers(view, false);
    this.syncMovers(view, false);
    this.addMood(view);
    this.addPlaque(view);
    this.setupSparks(view);
  }

  // --- Incremental update (same town, a new view) ---

  private applyChanges(view: TownView): void {
    const previous = this.shown as TownView;
    this.shown = view;
    const animate = !this.reduced;
    const newYear = view.year !== previous.year;
    if (newYear && animate) this.dawn();
    if (newYear) this.banner(view.year);
    this.drawGroundIfNeeded(view);

    this.syncDecor(view, animate);
    // Buildings: removed, changed, new.
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

    // Landmarks.
    if (this.landmarks) {
      this.updateLandmark(this.landmarks.training, view.trainingCentre, 'training', animate);
      this.updateLandmark(this.landmarks.research, view.researchCentre, 'research', animate);
    }

    // Power: new poles go up with a puff of dust.
    if (this.drawPowerIfNeeded(view) && animate && this.layout) {
      const fresh = this.layout.powerLines.flat().filter((p) => p.at > previous.power && p.at <= view.power);
      fresh.slice(0, 40).forEach((p, i) => this.time.delayedCall(500 + i * 40, () => this.dustBurst(p.x, p.y, 4)));
    }

    this.syncCarriers(view, animate);
    this.syncMovers(view, animate);
    this.updateMood(view, animate);
    this.updatePlaque(view);
    this.setupSparks(view);
  }

  // --- Buildings ---

  private lookOf(b: TownBuilding, view: TownView): BuildingLook {
    const seed = this.layout?.seed ?? 0;
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
    const layout = this.layout;
    if (!layout) return null;
    const pool = b.kind === 'workshop' ? layout.workshopPlots : layout.largePlots;
    return pool[b.plot] ?? null;
  }

  private addBuilding(b: TownBuilding, view: TownView, animate: boolean, delay = 0): void {
    const plot = this.plotOf(b);
    if (!plot) return;
    const look = this.lookOf(b, view);
    const image = this.add.image(plot.anchor.x, plot.anchor.y, '__DEFAULT').setScale(SPRITE_SCALE).setDepth(plot.anchor.y);
    const obj: BuildingObject = { data: b, look, plot, image, effects: [] };
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
        onStart: () => this.dustBurst(plot.anchor.x, plot.anchor.y, b.kind === 'workshop' ? 8 : 14),
        onComplete: () => this.refreshEffects(obj, this.shown ?? view),
      });
    } else {
      this.refreshEffects(obj, view);
    }
  }

  private bakeLook(look: BuildingLook): Baked {
    return bake(this, lookKey(look), TEXTURE_SCALE, (pen) => drawBuilding(pen, look));
  }

  private redrawBuilding(obj: BuildingObject): void {
    const baked = this.bakeLook(obj.look);
    if (obj.image.texture.key !== baked.key) obj.image.setTexture(baked.key).setOrigin(baked.originX, baked.originY);
  }

  private removeBuilding(obj: BuildingObject, animate: boolean): void {
    this.buildings.delete(obj.data.id);
    obj.shutters?.stop();
    this.clearEffects(obj);
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
    obj.shutters = this.tweens.addCounter({
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

  private clearEffects(obj: BuildingObject): void {
    for (const effect of obj.effects) effect.destroy();
    obj.effects = [];
  }

  /** Smoke from the chimney (scaled by the view's smoke) and fire on burnt buildings. */
  private refreshEffects(obj: BuildingObject, view: TownView): void {
    this.clearEffects(obj);
    if (!this.buildings.has(obj.data.id)) return;
    const { anchor } = obj.plot;
    const open = obj.data.change !== 'closing';
    const top = chimneyTop(obj.look);
    if (top && open) {
      const x = anchor.x + top.x;
      const y = anchor.y + top.y;
      const big = obj.look.kind !== 'workshop';
      obj.effects.push(...this.smoke(x, y, view.smoke, big ? 1.4 : 0.8, false));
    }
    if (view.fire && obj.data.burnt) {
      const h = buildingHeight(obj.look);
      obj.effects.push(...this.fire(anchor.x, anchor.y - h * 0.55, obj.look.kind === 'workshop' ? 24 : 60));
      obj.effects.push(...this.smoke(anchor.x + 4, anchor.y - h - 6, 1, 2.2, true));
    }
  }

  private smoke(x: number, y: number, level: number, size: number, dark: boolean): Phaser.GameObjects.GameObject[] {
    // The level in tenths: Canvas bakes one texture per tint, and a tenth is finer than the eye reads smoke.
    const tint = dark ? 0x2f2a27 : mix(0xeeeae2, 0x4a433d, Math.round(level * 10) / 10);
    const alpha = dark ? 0.85 : 0.4 + 0.45 * level;
    if (level <= 0.02 && !dark) return [];
    if (this.reduced) {
      const puffs: Phaser.GameObjects.GameObject[] = [];
      const n = dark ? 4 : 1 + Math.round(level * 2);
      for (let i = 0; i < n; i++) {
        const puff = this.add.image(x + i * 8 * size, y - 4 - i * 12 * size, 'puff');
        puffs.push(
          tintImage(puff, 'puff', tint)
            .setScale(SPRITE_SCALE * size * (0.7 + i * 0.35))
            .setAlpha(alpha * (1 - i / (n + 1)))
            .setDepth(DEPTH.particles),
        );
      }
      return puffs;
    }
    const puff = particleTint(this, 'puff', tint);
    const emitter = this.add.particles(x, y, puff.texture, {
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
    if (this.reduced) {
      return [-0.3, 0, 0.3].map((f, i) =>
        this.add
          .image(x + f * width, y + (i === 1 ? -4 : 2), 'flame')
          .setScale(SPRITE_SCALE * (i === 1 ? 2.2 : 1.6))
          .setDepth(DEPTH.particles),
      );
    }
    const emitter = this.add.particles(x, y, 'flame', {
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

  private dustBurst(x: number, y: number, count: number): void {
    if (this.reduced) return;
    const tinted = particleTint(this, 'dust', 0xc9a878);
    const dust = this.add.particles(x, y, tinted.texture, {
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
    this.time.delayedCall(900, () => dust.destroy());
  }

  // --- Landmarks ---

  private createLandmark(plot: Plot, state: Landmark, kind: 'training' | 'research'): LandmarkObject {
    const image = this.add.image(plot.anchor.x, plot.anchor.y, '__DEFAULT').setScale(SPRITE_SCALE).setDepth(plot.anchor.y);
    const obj: LandmarkObject = { state, plot, image, crane: [] };
    this.drawLandmark(obj, kind);
    return obj;
  }

  private bakedImage(x: number, y: number, key: string, draw: (pen: Pen) => void): Phaser.GameObjects.Image {
    const baked = bake(this, key, TEXTURE_SCALE, draw);
    return this.add.image(x, y, baked.key).setOrigin(baked.originX, baked.originY).setScale(SPRITE_SCALE);
  }

  private drawLandmark(obj: LandmarkObject, kind: 'training' | 'research'): void {
    const baked = bake(this, `lm:${kind}:${obj.state}`, TEXTURE_SCALE, (pen) =>
      kind === 'training' ? drawTrainingCentre(pen, obj.state) : drawResearchCentre(pen, obj.state),
    );
    obj.image.setTexture(baked.key).setOrigin(baked.originX, baked.originY);
    for (const part of obj.crane) part.destroy();
    obj.crane = [];
    if (obj.state === 'building') {
      const size = kind === 'training' ? TRAINING_SIZE : RESEARCH_SIZE;
      const x = obj.plot.anchor.x + size.w / 2 + 26;
      const y = obj.plot.anchor.y - 6;
      const height = 96;
      const mast = this.bakedImage(x, y, 'crane-mast', (pen) => drawCraneMast(pen, height)).setDepth(y + 1);
      const jib = this.bakedImage(x, y - height - 4, 'crane-jib', (pen) => drawCraneJib(pen)).setDepth(y + 2);
      jib.setScale(-SPRITE_SCALE, SPRITE_SCALE);
      obj.crane.push(mast, jib);
      if (!this.reduced) {
        this.tweens.add({ targets: jib, scaleX: -0.7 * SPRITE_SCALE, duration: 2600, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
      }
    }
  }

  private updateLandmark(obj: LandmarkObject, state: Landmark, kind: 'training' | 'research', animate: boolean): void {
    if (obj.state === state) return;
    obj.state = state;
    this.drawLandmark(obj, kind);
    if (!animate || state === 'none') return;
    obj.image.setScale(SPRITE_SCALE, SPRITE_SCALE * (state === 'building' ? 0.2 : 0.85));
    this.tweens.add({ targets: obj.image, scaleY: SPRITE_SCALE, duration: 800, delay: 400, ease: 'Back.easeOut' });
    this.time.delayedCall(400, () => this.dustBurst(obj.plot.anchor.x, obj.plot.anchor.y, 18));
  }

  // --- Greenery on vacant plots ---

  private syncDecor(view: TownView, animate: boolean): void {
    const layout = this.layout;
    if (!layout) return;
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
        const image = this.add.image(x, y, key2).setOrigin(origin.x, origin.y).setScale(scale).setDepth(y);
        if (animate) {
          image.setAlpha(0);
          this.tweens.add({ targets: image, alpha: 1, duration: 800, delay: 1200 });
        }
        images.push(image);
      }
      this.decor.set(key, images);
    });
  }

  // --- Static scenery ---

  private addTrees(layout: TownLayout): void {
    for (const tree of layout.trees) {
      const key = `tree-${tree.variant % TREE_KINDS}`;
      const origin = spriteOrigin(key);
      this.add
        .image(tree.x, tree.y, key)
        .setOrigin(origin.x, origin.y)
        .setScale(SPRITE_SCALE * tree.size)
        .setDepth(tree.y);
    }
  }

  private addGatewayStructures(layout: TownLayout): void {
    const gw = layout.gateway;
    for (const crane of gw.cranes) {
      const key = gw.kind === 'port' ? 'gantry-port' : 'gantry-rail';
      this.bakedImage(crane.x, crane.y, key, (pen) => {
        if (gw.kind === 'port') {
          // A gantry crane on the quay, its boom reaching out over the water.
          pen.rect(-20, -70, 5, 70, OI.orange, { width: 1.5 });
          pen.rect(15, -70, 5, 70, OI.orange, { width: 1.5 });
          pen.rect(-26, -78, 52, 9, OI.orange, { width: 1.5 });
          pen.rect(-8, -100, 12, 24, darken(OI.orange, 0.15), { width: 1.5 });
          pen.poly([-4, -98, 4, -98, 4, -150, -4, -150], OI.orange, { width: 1.5 });
          pen.line(0, -150, 22, -78, 1.5, INK);
          pen.line(0, -150, -22, -78, 1.5, INK);
        } else {
          // A loading gantry over the siding.
          pen.rect(-40, -58, 5, 58, OI.orange, { width: 1.5 });
          pen.rect(35, -58, 5, 58, OI.orange, { width: 1.5 });
          pen.rect(-46, -66, 92, 9, OI.orange, { width: 1.5 });
          pen.line(4, -57, 4, -36, 1.2, INK);
          pen.rect(-4, -36, 16, 6, 0x6b625a, { width: 1.2 });
        }
      }).setDepth(crane.y);
    }
    if (gw.kind === 'rail') {
      // A freight shed on the platform.
      const q = gw.quay;
      const shedW = 120;
      const x = layout.mirrored ? q.x + q.w - shedW / 2 - 30 : q.x + shedW / 2 + 90;
      this.bakedImage(x, q.y + q.h, 'freight-shed', (pen) => {
        pen.ellipse(8, 0, shedW + 30, 10, INK, 0.15);
        pen.poly([shedW / 2, 0, shedW / 2 + 14, -10, shedW / 2 + 14, -34, shedW / 2, -24], 0xcfc3ae);
        pen.poly([-shedW / 2 - 3, -24, shedW / 2 + 3, -24, shedW / 2 + 17, -34, -shedW / 2 + 11, -34], 0x8c8f91);
        pen.rect(-shedW / 2, -24, shedW, 24, 0xefe6d6);
        for (let i = 0; i < 4; i++) pen.rect(-shedW / 2 + 8 + i * 28, -19, 20, 19, 0x9c7b55, { width: 1.5 });
      }).setDepth(q.y + q.h);
    }
  }

  // --- Ships or wagons ---

  private syncCarriers(view: TownView, animate: boolean): void {
    const layout = this.layout;
    if (!layout) return;
    const gw = layout.gateway;
    const count = gw.kind === 'port' ? Math.min(view.ships, gw.berths.length) : Math.min(view.ships * 2, 8);
    if (count === this.carrierCount) return;
    const old = this.carriers;
    this.carriers = [];
    this.carrierCount = count;
    const dir = layout.mirrored ? -1 : 1;
    if (gw.kind === 'port') {
      for (let i = 0; i < count; i++) {
        const berth = gw.berths[i] as Pt;
        const existing = old[i];
        if (existing) {
          this.carriers.push(existing);
          continue;
        }
        const ship = this.add.image(berth.x, berth.y, 'ship').setScale(SPRITE_SCALE).setDepth(berth.y);
        ship.setOrigin(spriteOrigin('ship').x, spriteOrigin('ship').y).setFlipX(dir < 0);
        this.carriers.push(ship);
        if (animate) {
          ship.x = berth.x + dir * 700;
          this.tweens.add({ targets: ship, x: berth.x, duration: 2600, delay: 300 + i * 300, ease: 'Sine.easeOut' });
        }
        if (!this.reduced) this.tweens.add({ targets: ship, y: berth.y + 1.5, duration: 1600 + i * 130, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
      }
      for (const ship of old.slice(count)) {
        if (animate) this.tweens.add({ targets: ship, x: ship.x + dir * 800, duration: 2400, ease: 'Sine.easeIn', onComplete: () => ship.destroy() });
        else ship.destroy();
      }
      return;
    }
    // Rail: the train is rebuilt with its new length and pulls in.
    for (const part of old) {
      if (animate) this.tweens.add({ targets: part, x: part.x - dir * 900, duration: 1600, ease: 'Sine.easeIn', onComplete: () => part.destroy() });
      else part.destroy();
    }
    if (count === 0) return;
    const head = gw.berths[0] as Pt;
    const parts: Phaser.GameObjects.Image[] = [];
    const loco = this.add.image(head.x, head.y, 'loco').setScale(SPRITE_SCALE).setFlipX(dir > 0).setDepth(head.y);
    loco.setOrigin(spriteOrigin('loco').x, spriteOrigin('loco').y);
    parts.push(loco);
    for (let i = 0; i < count; i++) {
      const key = `wagon-${(i + layout.seed) % WAGON_KINDS}`;
      const wagon = this.add.image(head.x + dir * (50 + i * 48), head.y, key).setScale(SPRITE_SCALE).setDepth(head.y);
      wagon.setOrigin(spriteOrigin(key).x, spriteOrigin(key).y);
      parts.push(wagon);
    }
    if (animate) {
      for (const part of parts) {
        const x = part.x;
        part.x = x + dir * 900;
        this.tweens.add({ targets: part, x, duration: 2600, delay: 900, ease: 'Cubic.easeOut' });
      }
    }
    this.carriers = parts;
  }

  // --- Trucks and people ---

  private syncMovers(view: TownView, animate: boolean): void {
    const layout = this.layout;
    if (!layout) return;
    for (const kind of ['truck', 'person'] as const) {
      const want = kind === 'truck' ? view.trucks : view.people;
      const mine = this.movers.filter((m) => m.kind === kind && !m.leaving);
      for (let i = mine.length; i < want; i++) this.movers.push(this.spawnMover(kind, animate));
      for (const m of mine.slice(want)) {
        m.leaving = true;
        if (!animate) m.sprite.destroy();
        else this.tweens.add({ targets: m.sprite, alpha: 0, duration: 600, onComplete: () => m.sprite.destroy() });
      }
    }
    this.movers = this.movers.filter((m) => m.sprite.active);
  }

  private spawnMover(kind: 'truck' | 'person', animate: boolean): Mover {
    const layout = this.layout as TownLayout;
    const { nodes, links, exits } = layout.graph;
    const rand = this.rand;
    let from: number;
    let to: number;
    let t: number;
    if (animate && kind === 'truck' && exits.length > 0) {
      // New trucks drive in from the edge of the board.
      from = exits[Math.floor(rand() * exits.length)] as number;
      to = (links[from] ?? [])[0] ?? from;
      t = 0;
    } else {
      from = Math.floor(rand() * nodes.length);
      const options = (links[from] ?? []).filter((n) => kind === 'truck' || !exits.includes(n));
      to = options[Math.floor(rand() * options.length)] ?? from;
      t = 0.15 + rand() * 0.7;
    }
    const key = kind === 'truck' ? 'truck-side' : `person-${Math.floor(rand() * PERSON_KINDS)}`;
    const sprite = this.add.image(0, 0, key).setScale(SPRITE_SCALE);
    const origin = spriteOrigin(key);
    sprite.setOrigin(origin.x, origin.y);
    const mover: Mover = {
      sprite,
      kind,
      from,
      to,
      t,
      speed: kind === 'truck' ? 50 + rand() * 25 : 11 + rand() * 8,
      side: rand() < 0.5 ? -1 : 1,
      loaded: rand() < 0.5,
      wait: 0,
      phase: rand() * Math.PI * 2,
      leaving: false,
    };
    this.placeMover(mover, 0);
    return mover;
  }

  override update(_time: number, delta: number): void {
    if (this.reduced || !this.layout) return;
    const dt = Math.min(delta, 100) / 1000;
    for (const m of this.movers) if (m.sprite.active) this.placeMover(m, dt);
    for (const cloud of this.clouds) {
      cloud.x += dt * 9;
      if (cloud.x > WORLD_WIDTH + 120) cloud.x = -120;
    }
  }

  private placeMover(m: Mover, dt: number): void {
    const layout = this.layout as TownLayout;
    const { nodes, links, exits, gateway } = layout.graph;
    if (m.wait > 0) {
      m.wait -= dt;
      return;
    }
    let a = nodes[m.from] as Pt;
    let b = nodes[m.to] as Pt;
    let len = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
    m.t += (m.speed * dt) / len;
    if (m.t >= 1) {
      // Arrived at a crossing: choose the next street.
      const here = m.to;
      if (m.kind === 'truck' && here === gateway && m.loaded) {
        m.loaded = false;
        m.wait = 1.5;
      } else if (m.kind === 'truck' && exits.includes(here)) {
        m.loaded = true;
        m.wait = 1 + this.rand() * 4;
      }
      let options = (links[here] ?? []).filter((n) => n !== m.from);
      if (m.kind === 'person') options = options.filter((n) => !exits.includes(n));
      if (options.length === 0) options = [m.from];
      let next = options[Math.floor(this.rand() * options.length)] as number;
      if (m.kind === 'truck' && this.rand() < 0.7) {
        const goal = m.loaded ? nodes[gateway] : nodes[exits[Math.floor(this.rand() * exits.length)] ?? gateway];
        if (goal) {
          next = options.reduce((best, n) => {
            const pn = nodes[n] as Pt;
            const pb = nodes[best] as Pt;
            return Math.hypot(pn.x - goal.x, pn.y - goal.y) < Math.hypot(pb.x - goal.x, pb.y - goal.y) ? n : best;
          }, next);
        }
      }
      m.from = here;
      m.to = next;
      m.t = 0;
      a = nodes[m.from] as Pt;
      b = nodes[m.to] as Pt;
      len = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
    }
    const dx = (b.x - a.x) / len;
    const dy = (b.y - a.y) / len;
    const width = this.edgeWidths.get(`${m.from}-${m.to}`) ?? 26;
    let x = a.x + (b.x - a.x) * m.t;
    let y = a.y + (b.y - a.y) * m.t;
    if (m.kind === 'truck') {
      // Drive on the right.
      x += -dy * 7;
      y += dx * 7;
      const horizontal = Math.abs(dx) > Math.abs(dy);
      const key = horizontal ? 'truck-side' : dy > 0 ? 'truck-front' : 'truck-back';
      if (m.sprite.texture.key !== key) {
        m.sprite.setTexture(key);
        const origin = spriteOrigin(key);
        m.sprite.setOrigin(origin.x, origin.y);
      }
      m.sprite.setFlipX(horizontal && dx < 0);
    } else {
      // Walk along the pavement on one side of the street.
      const off = (width / 2 + 4) * m.side;
      const horizontal = Math.abs(dx) > Math.abs(dy);
      if (horizontal) y += off;
      else x += off;
      m.phase += dt * 9;
      y += Math.sin(m.phase) * 0.6;
    }
    m.sprite.setPosition(x, y);
    m.sprite.setDepth(y);
    const edge = Math.min(x - BOARD.x, BOARD.x + BOARD.width - x, BOARD.y + BOARD.height - y);
    if (!m.leaving) m.sprite.setAlpha(clamp(edge / 30, 0, 1));
  }

  // --- Welding sparks at open workshops in a busy year ---

  private setupSparks(view: TownView): void {
    this.sparkTimer?.remove();
    this.sparkTimer = null;
    if (this.reduced) return;
    if (!this.sparks) {
      // Canvas cannot tint each spark: there they are all yellow.
      const canvas = usesCanvas(this);
      this.sparks = this.add.particles(0, 0, canvas ? tintedKey(this, 'dust', OI.yellow) : 'dust', {
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
    this.sparkTimer = this.time.addEvent({
      delay: Math.round(900 - 600 * busy),
      loop: true,
      callback: () => {
        const open = [...this.buildings.values()].filter((b) => b.data.kind === 'workshop' && b.data.change !== 'closing');
        const pick = open[Math.floor(this.rand() * open.length)];
        if (pick && this.sparks) this.sparks.explode(6, pick.plot.anchor.x - 6 + this.rand() * 12, pick.plot.anchor.y - 6);
      },
    });
  }

  // --- Mood: light, clouds ---

  private addMood(view: TownView): void {
    this.moodOverlay = this.add.rectangle(0, 0, WORLD_WIDTH, WORLD_HEIGHT, 0xffffff, 0).setOrigin(0, 0).setDepth(DEPTH.mood);
    this.applyMood(view, false);
  }

  private updateMood(view: TownView, animate: boolean): void {
    this.applyMood(view, animate);
  }

  private applyMood(view: TownView, animate: boolean): void {
    const overlay = this.moodOverlay;
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
      const x = 120 + ((i * 397 + (this.layout?.seed ?? 0)) % 960);
      const y = 150 + ((i * 233) % 520);
      const scale = SPRITE_SCALE * (1.1 + (i % 2) * 0.4);
      const shadow = tintImage(this.add.image(x + 40, y + 70, 'cloud'), 'cloud', INK).setScale(scale).setAlpha(0.12).setDepth(DEPTH.clouds - 1);
      const cloud = this.add.image(x, y, 'cloud').setScale(scale).setAlpha(0.85).setDepth(DEPTH.clouds);
      this.clouds.push(shadow, cloud);
    }
  }

  // --- The year plaque, the banner and the dawn ---

  private addPlaque(view: TownView): void {
    const x = BOARD.x + 18;
    const y = BOARD.y + 14;
    const g = this.add.graphics().setDepth(DEPTH.plaque);
    const pen = new Pen(g);
    pen.ellipse(x + 98, y + 64, 190, 10, INK, 0.15);
    pen.roundRect(x, y, 196, 64, 14, CARD, { width: 3 });
    this.plaqueIcon = this.add.graphics({ x: x + 158, y: y + 32 }).setDepth(DEPTH.plaque + 1);
    this.plaqueText = this.add
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
    const x = WORLD_WIDTH / 2;
    const y = WORLD_HEIGHT * 0.42;
    const container = this.add.container(x, y).setDepth(DEPTH.banner);
    const g = this.add.graphics();
    const pen = new Pen(g);
    pen.ellipse(0, 52, 260, 16, INK, 0.2);
    pen.roundRect(-140, -48, 280, 96, 20, CARD, { width: 4 });
    pen.rect(-140, 30, 280, 6, OI.orange, { stroke: false });
    const text = this.add
      .text(0, -6, String(year), { fontFamily: FONT, fontSize: '68px', fontStyle: 'bold', color: css(INK), resolution: 2 })
      .setOrigin(0.5, 0.5);
    container.add([g, text]);
    if (this.reduced) {
      this.time.delayedCall(1500, () => container.destroy());
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
    const night = this.add.rectangle(0, 0, WORLD_WIDTH, WORLD_HEIGHT, 0x1b2440, 0.55).setOrigin(0, 0).setDepth(DEPTH.night);
    this.tweens.add({ targets: night, alpha: 0, duration: 1300, ease: 'Sine.easeInOut', onComplete: () => night.destroy() });
  }
}
