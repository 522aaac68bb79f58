// The board: the ground with its roads (paved as they are built), the trees that stand round the
// town, and the power lines, whose new poles go up with a puff of dust. The ground is one canvas
// texture drawn at the camera's zoom, redrawn when roads are paved or the zoom changes.
import type * as Phaser from 'phaser';
import type { TownView } from '../../view/town';
import { drawGround, drawPoleLine, pavedKey, polesStanding } from '../draw/ground';
import { spriteOrigin, TREE_KINDS } from '../draw/sprites';
import { WORLD_HEIGHT, WORLD_WIDTH } from '../town-layout';
import { bakedImage, clamp, DEPTH, SPRITE_SCALE, type TownContext, type TownSystem } from './context';
import type { Effects } from './effects';

const GROUND_KEY = 'town-ground';

export class Board implements TownSystem {
  private groundImage: Phaser.GameObjects.Image | null = null;
  private groundResolution = 0;
  private groundPaved = '';
  /** One baked image per street's line of poles. */
  private powerImages: Phaser.GameObjects.Image[] = [];
  private poweredPoles = -1;
  private view: TownView | null = null;

  constructor(
    private readonly ctx: TownContext,
    private readonly effects: Effects,
  ) {}

  sync(view: TownView, animate: boolean): void {
    const previous = this.view;
    this.view = view;
    this.drawGroundIfNeeded(view);
    if (!previous) {
      this.addTrees();
      this.drawPowerIfNeeded(view);
      return;
    }
    // New poles go up with a puff of dust.
    if (this.drawPowerIfNeeded(view) && animate) {
      const fresh = this.ctx.layout.powerLines.flat().filter((p) => p.at > previous.power && p.at <= view.power);
      fresh.slice(0, 40).forEach((p, i) => this.ctx.scene.time.delayedCall(500 + i * 40, () => this.effects.dust(p.x, p.y, 4)));
    }
  }

  /** The camera zoomed: the ground is redrawn at the new resolution if it needs another. */
  refit(): void {
    if (this.view) this.drawGroundIfNeeded(this.view);
  }

  update(): void {
    // The board does not move.
  }

  animating(): boolean {
    return false;
  }

  private drawGroundIfNeeded(view: TownView): void {
    const { layout, scene } = this.ctx;
    const resolution = clamp(Math.ceil(scene.cameras.main.zoom * 4) / 4, 0.5, 2);
    const paved = pavedKey(layout, view.roads);
    if (resolution === this.groundResolution && paved === this.groundPaved && this.groundImage) return;
    this.groundResolution = resolution;
    this.groundPaved = paved;
    const width = Math.round(WORLD_WIDTH * resolution);
    const height = Math.round(WORLD_HEIGHT * resolution);
    let texture = scene.textures.exists(GROUND_KEY) ? (scene.textures.get(GROUND_KEY) as Phaser.Textures.CanvasTexture) : null;
    if (!texture) texture = scene.textures.createCanvas(GROUND_KEY, width, height);
    if (!texture) return;
    texture.setSize(width, height);
    drawGround(texture.getContext(), resolution, layout, view.clusterType, view.roads);
    texture.refresh();
    if (!this.groundImage) this.groundImage = scene.add.image(0, 0, GROUND_KEY).setOrigin(0, 0).setDepth(DEPTH.ground);
    this.groundImage.setTexture(GROUND_KEY);
    this.groundImage.setScale(1 / resolution);
  }

  /** Draws the standing power lines; returns true when more poles stand than before. */
  private drawPowerIfNeeded(view: TownView): boolean {
    const { layout, scene } = this.ctx;
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
      this.powerImages.push(bakedImage(scene, 0, 0, key, (pen) => drawPoleLine(pen, standing)).setDepth(DEPTH.power));
    });
    return more;
  }

  private addTrees(): void {
    const { layout, scene } = this.ctx;
    for (const tree of layout.trees) {
      const key = `tree-${tree.variant % TREE_KINDS}`;
      const origin = spriteOrigin(key);
      scene.add
        .image(tree.x, tree.y, key)
        .setOrigin(origin.x, origin.y)
        .setScale(SPRITE_SCALE * tree.size)
        .setDepth(tree.y);
    }
  }
}
