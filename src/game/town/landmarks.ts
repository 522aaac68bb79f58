// Landmarks: the training and research centres, which go from a reserved lot to scaffolding under a
// crane to a finished building, and the export gateway's fixed structures (gantry cranes on the quay
// or over the rail siding, and the freight shed by the platform).
import type * as Phaser from 'phaser';
import type { Landmark, TownView } from '../../view/town';
import { drawCraneJib, drawCraneMast, drawResearchCentre, drawTrainingCentre, RESEARCH_SIZE, TRAINING_SIZE } from '../draw/buildings';
import { bake } from '../draw/pen';
import { TEXTURE_SCALE } from '../draw/sprites';
import { darken, INK, OI } from '../palette';
import type { Plot } from '../town-layout';
import { bakedImage, SPRITE_SCALE, Tweens, type TownContext, type TownSystem } from './context';
import type { Effects } from './effects';

type Kind = 'training' | 'research';

interface LandmarkObject {
  kind: Kind;
  state: Landmark;
  plot: Plot;
  image: Phaser.GameObjects.Image;
  crane: Phaser.GameObjects.GameObject[];
}

export class Landmarks implements TownSystem {
  private centres: { training: LandmarkObject; research: LandmarkObject } | null = null;
  private readonly tweens: Tweens;

  constructor(
    private readonly ctx: TownContext,
    private readonly effects: Effects,
  ) {
    this.tweens = new Tweens(ctx.scene);
  }

  sync(view: TownView, animate: boolean): void {
    if (!this.centres) {
      this.addGatewayStructures();
      const { layout } = this.ctx;
      this.centres = {
        training: this.createLandmark(layout.training, view.trainingCentre, 'training'),
        research: this.createLandmark(layout.research, view.researchCentre, 'research'),
      };
      return;
    }
    this.updateLandmark(this.centres.training, view.trainingCentre, animate);
    this.updateLandmark(this.centres.research, view.researchCentre, animate);
  }

  update(): void {
    // The crane's jib swings in a tween.
  }

  animating(): boolean {
    return this.tweens.running();
  }

  private createLandmark(plot: Plot, state: Landmark, kind: Kind): LandmarkObject {
    const image = this.ctx.scene.add.image(plot.anchor.x, plot.anchor.y, '__DEFAULT').setScale(SPRITE_SCALE).setDepth(plot.anchor.y);
    const obj: LandmarkObject = { kind, state, plot, image, crane: [] };
    this.drawLandmark(obj);
    return obj;
  }

  private drawLandmark(obj: LandmarkObject): void {
    const { scene } = this.ctx;
    const { kind } = obj;
    const baked = bake(scene, `lm:${kind}:${obj.state}`, TEXTURE_SCALE, (pen) =>
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
      const mast = bakedImage(scene, x, y, 'crane-mast', (pen) => drawCraneMast(pen, height)).setDepth(y + 1);
      const jib = bakedImage(scene, x, y - height - 4, 'crane-jib', (pen) => drawCraneJib(pen)).setDepth(y + 2);
      jib.setScale(-SPRITE_SCALE, SPRITE_SCALE);
      obj.crane.push(mast, jib);
      if (!this.ctx.reduced) {
        this.tweens.add({ targets: jib, scaleX: -0.7 * SPRITE_SCALE, duration: 2600, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
      }
    }
  }

  private updateLandmark(obj: LandmarkObject, state: Landmark, animate: boolean): void {
    if (obj.state === state) return;
    obj.state = state;
    this.drawLandmark(obj);
    if (!animate || state === 'none') return;
    obj.image.setScale(SPRITE_SCALE, SPRITE_SCALE * (state === 'building' ? 0.2 : 0.85));
    this.tweens.add({ targets: obj.image, scaleY: SPRITE_SCALE, duration: 800, delay: 400, ease: 'Back.easeOut' });
    this.ctx.scene.time.delayedCall(400, () => this.effects.dust(obj.plot.anchor.x, obj.plot.anchor.y, 18));
  }

  private addGatewayStructures(): void {
    const { layout, scene } = this.ctx;
    const gw = layout.gateway;
    for (const crane of gw.cranes) {
      const key = gw.kind === 'port' ? 'gantry-port' : 'gantry-rail';
      bakedImage(scene, crane.x, crane.y, key, (pen) => {
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
      bakedImage(scene, x, q.y + q.h, 'freight-shed', (pen) => {
        pen.ellipse(8, 0, shedW + 30, 10, INK, 0.15);
        pen.poly([shedW / 2, 0, shedW / 2 + 14, -10, shedW / 2 + 14, -34, shedW / 2, -24], 0xcfc3ae);
        pen.poly([-shedW / 2 - 3, -24, shedW / 2 + 3, -24, shedW / 2 + 17, -34, -shedW / 2 + 11, -34], 0x8c8f91);
        pen.rect(-shedW / 2, -24, shedW, 24, 0xefe6d6);
        for (let i = 0; i < 4; i++) pen.rect(-shedW / 2 + 8 + i * 28, -19, 20, 19, 0x9c7b55, { width: 1.5 });
      }).setDepth(q.y + q.h);
    }
  }
}
