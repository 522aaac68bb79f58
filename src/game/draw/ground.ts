// The ground of the town board, drawn with the Canvas 2D API into one texture: the board with its
// edge, block surfaces, plot yards, the export gateway's water or rail bed, and the roads (dirt
// tracks that become paved roads as the network grows). Redrawn when paving changes or the zoom
// changes enough to need a sharper texture.
import type { ClusterType } from '../../scenario';
import { css, darken, INK } from '../palette';
import { seededRandom } from '../rng';
import { BOARD, WORLD_HEIGHT, WORLD_WIDTH, type Pole, type RoadSegment, type TownLayout } from '../town-layout';
import type { Pen } from './pen';

const GROUND: Record<ClusterType, number> = {
  survival: 0xe0c99f,
  'mass-producers': 0xd9d3a4,
  tnc: 0xcbd8a6,
};

const SURFACE = {
  workshops: 0xd6bb90,
  industry: 0xd6cfbd,
  training: 0xe8d9b2,
  research: 0xb8cf92,
  garden: 0xbccf92,
  dirt: 0xc7a26f,
  dirtEdge: 0xa98655,
  asphalt: 0x5e5853,
  kerb: 0xe9e2d5,
  marking: 0xf4ecd8,
  water: 0x86bfd8,
  waterDeep: 0x6fb0cf,
  sand: 0xe9d8ad,
  quay: 0xcfcac0,
  gravel: 0xb9ad9a,
  rail: 0x6b625a,
  sleeper: 0x8a6a45,
};

function roundRectPath(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

function segmentPath(ctx: CanvasRenderingContext2D, road: RoadSegment, extend: number): void {
  const horizontal = road.a.y === road.b.y;
  ctx.beginPath();
  if (horizontal) {
    ctx.moveTo(Math.min(road.a.x, road.b.x) - extend, road.a.y);
    ctx.lineTo(Math.max(road.a.x, road.b.x) + extend, road.a.y);
  } else {
    ctx.moveTo(road.a.x, Math.min(road.a.y, road.b.y) - extend);
    ctx.lineTo(road.a.x, Math.max(road.a.y, road.b.y) + extend);
  }
}

/** Which road segments are paved at a network level (a key, to know when to redraw). */
export function pavedKey(layout: TownLayout, roads: number): string {
  return layout.roads.map((r) => (roads >= r.paveAt ? '1' : '0')).join('');
}

export function drawGround(
  ctx: CanvasRenderingContext2D,
  resolution: number,
  layout: TownLayout,
  clusterType: ClusterType,
  roads: number,
): void {
  const rand = seededRandom(layout.seed ^ 0x5bd1e995);
  ctx.setTransform(resolution, 0, 0, resolution, 0, 0);
  ctx.clearRect(0, 0, WORLD_WIDTH, WORLD_HEIGHT);

  // The board: a soft shadow on the table, then the ground clipped to the rounded board.
  ctx.save();
  ctx.shadowColor = 'rgba(42,33,24,0.28)';
  ctx.shadowBlur = 10;
  ctx.shadowOffsetY = 3;
  roundRectPath(ctx, BOARD.x, BOARD.y, BOARD.width, BOARD.height, BOARD.radius);
  ctx.fillStyle = css(GROUND[clusterType]);
  ctx.fill();
  ctx.restore();

  ctx.save();
  roundRectPath(ctx, BOARD.x, BOARD.y, BOARD.width, BOARD.height, BOARD.radius);
  ctx.clip();

  // Faint blotches so the ground is not a flat fill.
  for (let i = 0; i < 70; i++) {
    const x = rand() * WORLD_WIDTH;
    const y = rand() * WORLD_HEIGHT;
    const r = 20 + rand() * 60;
    ctx.fillStyle = rand() < 0.5 ? 'rgba(255,255,255,0.06)' : 'rgba(90,70,40,0.05)';
    ctx.beginPath();
    ctx.ellipse(x, y, r, r * 0.6, 0, 0, Math.PI * 2);
    ctx.fill();
  }

  // Block surfaces.
  for (const block of layout.blocks) {
    const r = block.rect;
    ctx.fillStyle = css(SURFACE[block.role], block.role === 'workshops' || block.role === 'industry' ? 0.6 : 1);
    roundRectPath(ctx, r.x - 4, r.y - 4, r.w + 8, r.h + 8, 10);
    ctx.fill();
  }
  for (const g of layout.gardens) {
    ctx.fillStyle = css(SURFACE.garden);
    roundRectPath(ctx, g.x + 3, g.y + 3, g.w - 6, g.h - 6, 8);
    ctx.fill();
  }
  // Paths to the centres' doors.
  for (const plot of [layout.training, layout.research]) {
    ctx.fillStyle = css(0xeee3c8);
    ctx.fillRect(plot.anchor.x - 7, plot.anchor.y, 14, plot.cell.y + plot.cell.h + 6 - plot.anchor.y);
  }

  drawGateway(ctx, layout);

  // Roads: dirt first, then paved kerbs, asphalt and markings on top.
  const paved = layout.roads.filter((r) => roads >= r.paveAt);
  const dirt = layout.roads.filter((r) => roads < r.paveAt);
  ctx.lineCap = 'butt';
  for (const road of dirt) {
    segmentPath(ctx, road, road.width / 2);
    ctx.strokeStyle = css(SURFACE.dirtEdge);
    ctx.lineWidth = road.width - 2;
    ctx.stroke();
  }
  for (const road of dirt) {
    segmentPath(ctx, road, road.width / 2);
    ctx.strokeStyle = css(SURFACE.dirt);
    ctx.lineWidth = road.width - 6;
    ctx.stroke();
  }
  // Ruts along dirt tracks.
  ctx.setLineDash([14, 9]);
  ctx.lineWidth = 1.6;
  ctx.strokeStyle = css(darken(SURFACE.dirt, 0.18));
  for (const road of dirt) {
    const horizontal = road.a.y === road.b.y;
    for (const off of [-road.width * 0.22, road.width * 0.22]) {
      ctx.beginPath();
      if (horizontal) {
        ctx.moveTo(road.a.x, road.a.y + off);
        ctx.lineTo(road.b.x, road.b.y + off);
      } else {
        ctx.moveTo(road.a.x + off, road.a.y);
        ctx.lineTo(road.b.x + off, road.b.y);
      }
      ctx.stroke();
    }
  }
  ctx.setLineDash([]);
  for (const road of paved) {
    segmentPath(ctx, road, road.width / 2 + 2);
    ctx.strokeStyle = css(SURFACE.kerb);
    ctx.lineWidth = road.width + 5;
    ctx.stroke();
  }
  for (const road of paved) {
    segmentPath(ctx, road, road.width / 2 + 2);
    ctx.strokeStyle = css(SURFACE.asphalt);
    ctx.lineWidth = road.width - 1;
    ctx.stroke();
  }
  ctx.strokeStyle = css(SURFACE.marking);
  ctx.lineWidth = 2;
  ctx.setLineDash([12, 10]);
  for (const road of paved) {
    const horizontal = road.a.y === road.b.y;
    const inset = 22;
    ctx.beginPath();
    if (horizontal) {
      ctx.moveTo(Math.min(road.a.x, road.b.x) + inset, road.a.y);
      ctx.lineTo(Math.max(road.a.x, road.b.x) - inset, road.a.y);
    } else {
      ctx.moveTo(road.a.x, Math.min(road.a.y, road.b.y) + inset);
      ctx.lineTo(road.a.x, Math.max(road.a.y, road.b.y) - inset);
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.restore();

  // The board's edge.
  roundRectPath(ctx, BOARD.x, BOARD.y, BOARD.width, BOARD.height, BOARD.radius);
  ctx.strokeStyle = css(INK);
  ctx.lineWidth = 3;
  ctx.stroke();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

function drawGateway(ctx: CanvasRenderingContext2D, layout: TownLayout): void {
  const gw = layout.gateway;
  const band = gw.band;
  if (gw.kind === 'port') {
    const water = ctx.createLinearGradient(0, band.y, 0, band.y + band.h);
    water.addColorStop(0, css(SURFACE.waterDeep));
    water.addColorStop(1, css(SURFACE.water));
    ctx.fillStyle = water;
    ctx.fillRect(band.x, band.y, band.w, band.h);
    // Shore where there is no quay, then the quay.
    ctx.fillStyle = css(SURFACE.sand);
    ctx.beginPath();
    ctx.moveTo(0, band.y + band.h - 6);
    for (let x = 0; x <= WORLD_WIDTH; x += 40) ctx.lineTo(x, band.y + band.h - 6 + Math.sin(x / 37) * 4);
    ctx.lineTo(WORLD_WIDTH, band.y + band.h + 22);
    ctx.lineTo(0, band.y + band.h + 22);
    ctx.closePath();
    ctx.fill();
    const q = gw.quay;
    ctx.fillStyle = css(SURFACE.quay);
    ctx.fillRect(q.x, q.y, q.w, q.h);
    ctx.strokeStyle = css(darken(SURFACE.quay, 0.35));
    ctx.lineWidth = 2;
    ctx.strokeRect(q.x, q.y, q.w, q.h);
    ctx.fillStyle = css(darken(SURFACE.quay, 0.5));
    for (let x = q.x + 20; x < q.x + q.w; x += 60) ctx.fillRect(x, q.y - 1, 6, 5);
    // Gentle wave strokes.
    ctx.strokeStyle = 'rgba(255,255,255,0.45)';
    ctx.lineWidth = 2;
    for (let i = 0; i < 16; i++) {
      const x = 40 + ((i * 173) % 1100);
      const y = band.y + 16 + ((i * 37) % Math.max(20, band.h - 40));
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.quadraticCurveTo(x + 9, y - 5, x + 18, y);
      ctx.quadraticCurveTo(x + 27, y + 5, x + 36, y);
      ctx.stroke();
    }
  } else {
    ctx.fillStyle = css(SURFACE.gravel);
    ctx.fillRect(band.x, band.y, band.w, band.h);
    const q = gw.quay;
    ctx.fillStyle = css(SURFACE.quay);
    ctx.fillRect(q.x, q.y, q.w, q.h);
    ctx.strokeStyle = css(darken(SURFACE.quay, 0.35));
    ctx.lineWidth = 2;
    ctx.strokeRect(q.x, q.y, q.w, q.h);
    for (const y of gw.tracks) {
      const siding = y !== gw.tracks[0];
      const x0 = siding ? q.x - 40 : 0;
      const x1 = siding ? q.x + q.w + 40 : WORLD_WIDTH;
      ctx.fillStyle = css(SURFACE.sleeper);
      for (let x = x0; x < x1; x += 11) ctx.fillRect(x, y - 7, 5, 14);
      ctx.fillStyle = css(SURFACE.rail);
      ctx.fillRect(x0, y - 5, x1 - x0, 2.5);
      ctx.fillRect(x0, y + 3, x1 - x0, 2.5);
    }
  }
}

/** How many poles stand at a power level (a key, to know when to redraw). */
export function polesStanding(layout: TownLayout, power: number): number {
  return layout.powerLines.reduce((n, line) => n + line.filter((p) => power >= p.at).length, 0);
}

/** Draws one line of poles and the wires between them (for baking into a texture per street). */
export function drawPoleLine(pen: Pen, poles: readonly Pole[]): void {
  for (let i = 0; i + 1 < poles.length; i++) {
    const p = poles[i] as Pole;
    const q = poles[i + 1] as Pole;
    for (const dx of [-5, 5]) {
      const pts: number[] = [];
      for (let k = 0; k <= 10; k++) {
        const t = k / 10;
        pts.push(p.x + dx + (q.x - p.x) * t, p.y - 30 + (q.y - p.y) * t + Math.sin(Math.PI * t) * 6);
      }
      pen.path(pts, 1.1, 0x3a332c, 0.85);
    }
  }
  for (const p of poles) {
    pen.ellipse(p.x + 3, p.y + 1, 10, 4, INK, 0.2);
    pen.line(p.x, p.y, p.x, p.y - 33, 3, 0x6b5a45);
    pen.line(p.x - 7, p.y - 30, p.x + 7, p.y - 30, 2.5, 0x6b5a45);
    pen.circle(p.x - 5, p.y - 32, 1.6, 0xf4efe4, { stroke: false });
    pen.circle(p.x + 5, p.y - 32, 1.6, 0xf4efe4, { stroke: false });
  }
}
