// A thin drawing helper over Phaser Graphics: flat fills with the ink outline, in local
// coordinates scaled by `s` and shifted by (ox, oy), so the same drawing code serves live
// Graphics objects (s = 1) and generated textures (s > 1).
import type * as Phaser from 'phaser';
import { INK } from '../palette';

export const OUTLINE = 2;

/** The extent of a drawing in local units. */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export class Pen {
  /** When set, every point drawn widens these bounds (local units). */
  bounds: Bounds | null = null;

  constructor(
    readonly g: Phaser.GameObjects.Graphics,
    readonly s = 1,
    readonly ox = 0,
    readonly oy = 0,
  ) {}

  private X(x: number): number {
    if (this.bounds) {
      this.bounds.minX = Math.min(this.bounds.minX, x);
      this.bounds.maxX = Math.max(this.bounds.maxX, x);
    }
    return (x + this.ox) * this.s;
  }

  private Y(y: number): number {
    if (this.bounds) {
      this.bounds.minY = Math.min(this.bounds.minY, y);
      this.bounds.maxY = Math.max(this.bounds.maxY, y);
    }
    return (y + this.oy) * this.s;
  }

  /** Widens the bounds by a box around a point (for circles and ellipses). */
  private box(x: number, y: number, rx: number, ry: number): void {
    this.X(x - rx);
    this.X(x + rx);
    this.Y(y - ry);
    this.Y(y + ry);
  }

  /** A closed polygon from flat [x0, y0, x1, y1, ...] coordinates. */
  poly(points: readonly number[], fill: number, options: { alpha?: number; stroke?: boolean; width?: number; ink?: number } = {}): this {
    const { g } = this;
    g.beginPath();
    g.moveTo(this.X(points[0] ?? 0), this.Y(points[1] ?? 0));
    for (let i = 2; i + 1 < points.length; i += 2) g.lineTo(this.X(points[i] as number), this.Y(points[i + 1] as number));
    g.closePath();
    if (fill >= 0) {
      g.fillStyle(fill, options.alpha ?? 1);
      g.fillPath();
    }
    if (options.stroke !== false) {
      g.lineStyle((options.width ?? OUTLINE) * this.s, options.ink ?? INK, 1);
      g.strokePath();
    }
    return this;
  }

  rect(x: number, y: number, w: number, h: number, fill: number, options: { alpha?: number; stroke?: boolean; width?: number } = {}): this {
    return this.poly([x, y, x + w, y, x + w, y + h, x, y + h], fill, options);
  }

  roundRect(x: number, y: number, w: number, h: number, r: number, fill: number, options: { alpha?: number; stroke?: boolean; width?: number } = {}): this {
    const { g, s } = this;
    this.box(x + w / 2, y + h / 2, w / 2, h / 2);
    g.fillStyle(fill, options.alpha ?? 1);
    g.fillRoundedRect(this.X(x), this.Y(y), w * s, h * s, r * s);
    if (options.stroke !== false) {
      g.lineStyle((options.width ?? OUTLINE) * s, INK, 1);
      g.strokeRoundedRect(this.X(x), this.Y(y), w * s, h * s, r * s);
    }
    return this;
  }

  circle(x: number, y: number, r: number, fill: number, options: { alpha?: number; stroke?: boolean; width?: number } = {}): this {
    const { g, s } = this;
    this.box(x, y, r, r);
    if (fill >= 0) {
      g.fillStyle(fill, options.alpha ?? 1);
      g.fillCircle(this.X(x), this.Y(y), r * s);
    }
    if (options.stroke !== false) {
      g.lineStyle((options.width ?? OUTLINE) * s, INK, 1);
      g.strokeCircle(this.X(x), this.Y(y), r * s);
    }
    return this;
  }

  ellipse(x: number, y: number, w: number, h: number, fill: number, alpha = 1): this {
    const { g, s } = this;
    this.box(x, y, w / 2, h / 2);
    g.fillStyle(fill, alpha);
    g.fillEllipse(this.X(x), this.Y(y), w * s, h * s, 24);
    return this;
  }

  line(x1: number, y1: number, x2: number, y2: number, width: number, color: number = INK, alpha = 1): this {
    const { g, s } = this;
    g.lineStyle(width * s, color, alpha);
    g.lineBetween(this.X(x1), this.Y(y1), this.X(x2), this.Y(y2));
    return this;
  }

  /** An open polyline (no fill). */
  path(points: readonly number[], width: number, color: number = INK, alpha = 1): this {
    const { g } = this;
    g.lineStyle(width * this.s, color, alpha);
    g.beginPath();
    g.moveTo(this.X(points[0] ?? 0), this.Y(points[1] ?? 0));
    for (let i = 2; i + 1 < points.length; i += 2) g.lineTo(this.X(points[i] as number), this.Y(points[i + 1] as number));
    g.strokePath();
    return this;
  }

  /** A five-pointed star (the quality mark of an upgraded firm). */
  star(x: number, y: number, r: number, fill: number): this {
    const points: number[] = [];
    for (let i = 0; i < 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 === 0 ? r : r * 0.45;
      points.push(x + Math.cos(a) * rr, y + Math.sin(a) * rr);
    }
    return this.poly(points, fill, { width: 1.5 });
  }
}

/** A baked drawing: a texture key and where its local origin lies (as setOrigin fractions). */
export interface Baked {
  key: string;
  originX: number;
  originY: number;
}

const baked = new Map<string, Baked>();

/**
 * Draws once into a texture (Graphics + generateTexture) at `scale` pixels per world unit, sized to
 * the drawing's bounds; later calls with the same key reuse it. Static art then renders as a
 * single image instead of re-tessellating vector paths every frame.
 */
export function bake(scene: Phaser.Scene, key: string, scale: number, draw: (pen: Pen) => void): Baked {
  const known = baked.get(key);
  if (known && scene.textures.exists(key)) return known;
  const g = scene.make.graphics({}, false);
  const probe = new Pen(g);
  probe.bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  draw(probe);
  const b = probe.bounds;
  g.clear();
  const pad = 3;
  const ox = -b.minX + pad;
  const oy = -b.minY + pad;
  const w = b.maxX - b.minX + pad * 2;
  const h = b.maxY - b.minY + pad * 2;
  draw(new Pen(g, scale, ox, oy));
  if (scene.textures.exists(key)) scene.textures.remove(key);
  g.generateTexture(key, Math.ceil(w * scale), Math.ceil(h * scale));
  g.destroy();
  const result = { key, originX: ox / w, originY: oy / h };
  baked.set(key, result);
  return result;
}
