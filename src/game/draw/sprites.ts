// Small textures generated once at start-up (Preloader): vehicles, people, trees, clouds and the
// particles for smoke, dust and fire. Drawn with Graphics at TEXTURE_SCALE and shown scaled down,
// so they stay crisp when the board is zoomed in.
import type * as Phaser from 'phaser';
import { darken, INK, lighten, OI } from '../palette';
import { Pen } from './pen';

export const TEXTURE_SCALE = 2;

export interface SpriteSpec {
  key: string;
  /** Size in world units; the texture is TEXTURE_SCALE times larger. */
  w: number;
  h: number;
  /** The local origin inside the texture (world units from the top-left). */
  ox: number;
  oy: number;
  draw(pen: Pen): void;
}

const SKIN = [0x8d5524, 0xc68642, 0x6b3f1f, 0xe0ac69, 0x4a2c17, 0xa86b3c];
const SHIRTS = [OI.vermillion, OI.blue, OI.yellow, OI.bluishGreen, OI.reddishPurple, 0xf4efe4];
export const PERSON_KINDS = SHIRTS.length;
export const WAGON_KINDS = 4;
export const TREE_KINDS = 3;

function truckSide(pen: Pen): void {
  // Facing right; origin at the middle of the wheels' ground line.
  pen.rect(-21, -19, 27, 15, 0xf4efe4);
  pen.line(-12, -19, -12, -4, 1.2, darken(0xf4efe4, 0.3));
  pen.line(-3, -19, -3, -4, 1.2, darken(0xf4efe4, 0.3));
  pen.poly([7, -4, 7, -17, 15, -17, 20, -10, 20, -4], OI.vermillion);
  pen.poly([9, -15, 14, -15, 17, -10, 9, -10], 0xcfe8f5, { width: 1.2 });
  pen.circle(-14, -3, 3.6, INK, { width: 1 });
  pen.circle(12, -3, 3.6, INK, { width: 1 });
  pen.circle(-14, -3, 1.4, 0xb8b0a4, { stroke: false });
  pen.circle(12, -3, 1.4, 0xb8b0a4, { stroke: false });
}

function truckFront(pen: Pen): void {
  // Coming toward the viewer (moving down the screen).
  pen.rect(-10, -24, 20, 10, 0xf4efe4);
  pen.rect(-10, -15, 20, 12, OI.vermillion);
  pen.rect(-7, -13, 14, 5, 0xcfe8f5, { width: 1.2 });
  pen.rect(-11, -4, 5, 4, INK, { stroke: false });
  pen.rect(6, -4, 5, 4, INK, { stroke: false });
  pen.circle(-6, -6, 1.3, OI.yellow, { stroke: false });
  pen.circle(6, -6, 1.3, OI.yellow, { stroke: false });
}

function truckBack(pen: Pen): void {
  // Going away (moving up the screen): the cargo box from behind.
  pen.rect(-10, -20, 20, 7, OI.vermillion);
  pen.rect(-10, -17, 20, 14, 0xf4efe4);
  pen.line(0, -17, 0, -3, 1.2, darken(0xf4efe4, 0.35));
  pen.rect(-11, -4, 5, 4, INK, { stroke: false });
  pen.rect(6, -4, 5, 4, INK, { stroke: false });
  pen.rect(-9, -5, 3, 2, OI.vermillion, { stroke: false });
  pen.rect(6, -5, 3, 2, OI.vermillion, { stroke: false });
}

function person(kind: number) {
  return (pen: Pen) => {
    pen.ellipse(0, 0, 8, 3, INK, 0.2);
    pen.line(-1.5, -1, -1.5, -5, 1.8, INK);
    pen.line(1.5, -1, 1.5, -5, 1.8, INK);
    pen.roundRect(-3.2, -11, 6.4, 7, 2, SHIRTS[kind % SHIRTS.length] as number, { width: 1 });
    pen.circle(0, -13.2, 2.6, SKIN[kind % SKIN.length] as number, { width: 1 });
  };
}

function ship(pen: Pen): void {
  // A small container ship, bow to the right; origin at the waterline centre.
  pen.ellipse(0, 2, 132, 10, 0x2f6f8f, 0.35);
  pen.poly([-62, -14, 58, -14, 66, -22, 58, 0, -56, 0], 0x34495e);
  pen.poly([-58, -4, 60, -4, 58, 0, -56, 0], 0xa2392b, { width: 1.2 });
  const boxes = [OI.orange, OI.blue, OI.bluishGreen, OI.vermillion, OI.skyBlue, OI.yellow];
  for (let i = 0; i < 6; i++) {
    const x = -34 + i * 14;
    pen.rect(x, -26, 13, 12, boxes[i % boxes.length] as number, { width: 1.2 });
    if (i % 2 === 0) pen.rect(x, -37, 13, 11, boxes[(i + 3) % boxes.length] as number, { width: 1.2 });
  }
  pen.rect(-58, -36, 18, 22, 0xf4efe4, { width: 1.5 });
  pen.rect(-55, -32, 12, 4, 0x34495e, { stroke: false });
  pen.rect(-52, -44, 6, 8, OI.vermillion, { width: 1.2 });
}

function loco(pen: Pen): void {
  pen.rect(-24, -20, 48, 14, OI.orange);
  pen.rect(10, -26, 14, 10, darken(OI.orange, 0.1));
  pen.rect(13, -24, 8, 5, 0xcfe8f5, { width: 1 });
  pen.rect(-24, -9, 48, 4, 0x4a4440, { width: 1.2 });
  for (const x of [-16, -8, 8, 16]) pen.circle(x, -3, 3, INK, { width: 1 });
}

function wagon(kind: number) {
  const colors = [OI.blue, OI.vermillion, OI.bluishGreen, OI.skyBlue];
  return (pen: Pen) => {
    pen.rect(-22, -8, 44, 4, 0x4a4440, { width: 1.2 });
    const c = colors[kind % colors.length] as number;
    pen.rect(-20, -21, 40, 13, c);
    for (let x = -14; x < 20; x += 6) pen.line(x, -20, x, -9, 1, darken(c, 0.3));
    for (const x of [-14, 14]) pen.circle(x, -3, 3, INK, { width: 1 });
  };
}

function tree(kind: number) {
  return (pen: Pen) => {
    pen.ellipse(4, 0, 30, 9, INK, 0.16);
    pen.rect(-2, -12, 4, 12, 0x7a5a3a, { width: 1.2 });
    if (kind === 1) {
      // A tall cypress-like tree.
      pen.poly([0, -48, 9, -28, 8, -12, -8, -12, -9, -28], 0x3f8a52);
      pen.line(-2, -40, 3, -18, 1.2, lighten(0x3f8a52, 0.25));
    } else if (kind === 2) {
      // A bush.
      pen.circle(-6, -9, 8, 0x5aa05a);
      pen.circle(6, -10, 8, 0x5aa05a);
      pen.circle(0, -15, 8, 0x6db36a);
    } else {
      pen.circle(0, -24, 14, 0x4e9a5c);
      pen.circle(-6, -28, 6, lighten(0x4e9a5c, 0.2), { stroke: false });
    }
  };
}

function softCircle(pen: Pen, r: number): void {
  for (let i = 0; i < 10; i++) {
    pen.circle(0, 0, r * (1 - i / 10), 0xffffff, { alpha: 0.16, stroke: false });
  }
}

function flame(pen: Pen): void {
  pen.poly([0, -11, 5, -3, 6, 3, 3, 8, -3, 8, -6, 3, -5, -3], OI.orange, { stroke: false });
  pen.poly([0, -5, 3, 1, 2, 6, -2, 6, -3, 1], OI.yellow, { stroke: false });
}

function cloud(pen: Pen): void {
  for (const [x, y, r] of [
    [-40, 4, 22],
    [-12, -8, 30],
    [22, -2, 26],
    [48, 8, 18],
    [0, 10, 24],
  ] as const) {
    pen.circle(x, y, r, 0xffffff, { alpha: 0.95, stroke: false });
  }
}

export const SPRITES: SpriteSpec[] = [
  { key: 'truck-side', w: 46, h: 26, ox: 23, oy: 24, draw: truckSide },
  { key: 'truck-front', w: 26, h: 28, ox: 13, oy: 27, draw: truckFront },
  { key: 'truck-back', w: 26, h: 24, ox: 13, oy: 23, draw: truckBack },
  ...Array.from({ length: PERSON_KINDS }, (_, k) => ({ key: `person-${k}`, w: 10, h: 18, ox: 5, oy: 17, draw: person(k) })),
  { key: 'ship', w: 140, h: 50, ox: 70, oy: 46, draw: ship },
  { key: 'loco', w: 52, h: 30, ox: 26, oy: 28, draw: loco },
  ...Array.from({ length: WAGON_KINDS }, (_, k) => ({ key: `wagon-${k}`, w: 48, h: 24, ox: 24, oy: 22, draw: wagon(k) })),
  ...Array.from({ length: TREE_KINDS }, (_, k) => ({ key: `tree-${k}`, w: 40, h: 52, ox: 20, oy: 50, draw: tree(k) })),
  { key: 'puff', w: 32, h: 32, ox: 16, oy: 16, draw: (pen) => softCircle(pen, 15) },
  { key: 'dust', w: 12, h: 12, ox: 6, oy: 6, draw: (pen) => softCircle(pen, 5.5) },
  { key: 'flame', w: 14, h: 22, ox: 7, oy: 11, draw: flame },
  { key: 'cloud', w: 150, h: 80, ox: 75, oy: 40, draw: cloud },
];

/** Generates every sprite texture (skipping those that already exist). */
export function generateSprites(scene: Phaser.Scene): void {
  const g = scene.make.graphics({}, false);
  for (const spec of SPRITES) {
    if (scene.textures.exists(spec.key)) continue;
    g.clear();
    spec.draw(new Pen(g, TEXTURE_SCALE, spec.ox, spec.oy));
    g.generateTexture(spec.key, Math.ceil(spec.w * TEXTURE_SCALE), Math.ceil(spec.h * TEXTURE_SCALE));
  }
  g.destroy();
}

/** The origin of a sprite texture as a fraction (for setOrigin). */
export function spriteOrigin(key: string): { x: number; y: number } {
  const spec = SPRITES.find((s) => s.key === key);
  return spec ? { x: spec.ox / spec.w, y: spec.oy / spec.h } : { x: 0.5, y: 0.5 };
}
