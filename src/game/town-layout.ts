// The town plan: a seeded, deterministic layout of streets, blocks, plots, trees, power poles and
// the export gateway, from the scenario id. Pure geometry (no Phaser), in world units of a
// 1200 x 900 board seen from above at a slight angle (buildings rise toward the top of the screen).
//
// The plan: the export gateway (a quay or a rail siding) runs along the top; an avenue comes up
// from the highway at the bottom; two cross streets and two side streets make twelve blocks. The
// workshop quarter fills the blocks on one side, large plants the blocks near the gateway on the
// other, and the training and research centres sit by the avenue in the middle. Which side is
// which, and the exact street positions, follow from the seed.
import { LARGE_PLOTS, WORKSHOP_PLOTS, type ExportGateway } from '../view/town';
import { hashString, seededRandom } from './rng';

export const WORLD_WIDTH = 1200;
export const WORLD_HEIGHT = 900;
export const BOARD = { x: 6, y: 6, width: 1188, height: 888, radius: 26 } as const;

export interface Pt {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface RoadSegment {
  a: Pt;
  b: Pt;
  width: number;
  /** The road is paved once the network (TownView.roads) reaches this level. */
  paveAt: number;
  kind: 'avenue' | 'street';
}

export interface Plot {
  /** The cell the building and its yard occupy. */
  cell: Rect;
  /** Where the building stands: the middle of its front (bottom) edge. */
  anchor: Pt;
}

export interface Pole extends Pt {
  /** The pole stands once power (TownView.power) reaches this level. */
  at: number;
}

export interface Tree extends Pt {
  size: number;
  variant: number;
}

export interface RoadGraph {
  nodes: Pt[];
  /** Neighbours of each node. */
  links: number[][];
  /** Nodes off the board, where trucks leave and come back. */
  exits: number[];
  /** The node by the export gateway. */
  gateway: number;
}

export interface Gateway {
  kind: ExportGateway;
  /** The water (port) or the rail bed (rail) along the top of the board. */
  band: Rect;
  /** The quay (port) or the loading platform (rail). */
  quay: Rect;
  /** Where ships dock (port) or where the freight train stands (rail: the first is the locomotive). */
  berths: Pt[];
  cranes: Pt[];
  /** Rail: the y of the main line and the siding. */
  tracks: number[];
}

export interface TownLayout {
  seed: number;
  mirrored: boolean;
  roads: RoadSegment[];
  graph: RoadGraph;
  workshopPlots: Plot[];
  largePlots: Plot[];
  /** Cells of the workshop quarter never used for workshops (gardens). */
  gardens: Rect[];
  /** Block interiors by role, for ground colour. */
  blocks: { rect: Rect; role: 'workshops' | 'industry' | 'training' | 'research' }[];
  training: Plot;
  research: Plot;
  trees: Tree[];
  /** Power lines: each a chain of poles along a street. */
  powerLines: Pole[][];
  gateway: Gateway;
}

type Role = 'W' | 'I' | 'T' | 'R';
const ROLES: Role[][] = [
  ['W', 'W', 'I', 'I'],
  ['W', 'T', 'R', 'I'],
  ['W', 'W', 'W', 'I'],
];

interface StraightRoad {
  axis: 'h' | 'v';
  at: number;
  from: number;
  to: number;
  width: number;
  kind: 'avenue' | 'street';
  paveBase: number;
  powerStart: number;
}

const dist = (a: Pt, b: Pt): number => Math.hypot(a.x - b.x, a.y - b.y);

export function createTownLayout(scenarioId: string, gatewayKind: ExportGateway): TownLayout {
  const seed = hashString(scenarioId);
  const rand = seededRandom(seed);
  const jitter = (span: number) => (rand() * 2 - 1) * span;
  const mirrored = rand() < 0.5;

  const quayY = 148;
  const avenueX = 600 + jitter(26);
  const v1 = 300 + jitter(22);
  const v2 = 902 + jitter(22);
  const s1 = 392 + jitter(16);
  const s2 = 636 + jitter(16);
  const south = WORLD_HEIGHT + 60;

  const straight: StraightRoad[] = [
    { axis: 'v', at: avenueX, from: quayY, to: south, width: 38, kind: 'avenue', paveBase: 0.16, powerStart: 0.02 },
    { axis: 'h', at: quayY, from: -60, to: WORLD_WIDTH + 60, width: 28, kind: 'street', paveBase: 0.26, powerStart: 0.12 },
    { axis: 'h', at: s1, from: -60, to: WORLD_WIDTH + 60, width: 28, kind: 'street', paveBase: 0.3, powerStart: 0.24 },
    { axis: 'h', at: s2, from: -60, to: WORLD_WIDTH + 60, width: 28, kind: 'street', paveBase: 0.4, powerStart: 0.36 },
    { axis: 'v', at: v2, from: quayY, to: south, width: 26, kind: 'street', paveBase: 0.44, powerStart: 0.48 },
    { axis: 'v', at: v1, from: quayY, to: south, width: 26, kind: 'street', paveBase: 0.5, powerStart: 0.6 },
  ];
  const hub: Pt = { x: avenueX, y: s1 };

  // --- Road segments and the graph (nodes at crossings and ends). ---
  const nodes: Pt[] = [];
  const nodeIndex = new Map<string, number>();
  const nodeAt = (p: Pt): number => {
    const key = `${Math.round(p.x)}:${Math.round(p.y)}`;
    let index = nodeIndex.get(key);
    if (index === undefined) {
      index = nodes.length;
      nodes.push(p);
      nodeIndex.set(key, index);
    }
    return index;
  };
  const links: Set<number>[] = [];
  const link = (a: number, b: number) => {
    while (links.length < nodes.length) links.push(new Set());
    links[a]?.add(b);
    links[b]?.add(a);
  };
  const roads: RoadSegment[] = [];
  for (const road of straight) {
    const cuts = new Set<number>([road.from, road.to]);
    for (const other of straight) {
      if (other.axis === road.axis) continue;
      if (road.at >= other.from - 1 && road.at <= other.to + 1 && other.at > road.from && other.at < road.to) cuts.add(other.at);
    }
    const sorted = [...cuts].sort((p, q) => p - q);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const from = sorted[i] as number;
      const to = sorted[i + 1] as number;
      const a = road.axis === 'h' ? { x: from, y: road.at } : { x: road.at, y: from };
      const b = road.axis === 'h' ? { x: to, y: road.at } : { x: road.at, y: to };
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const paveAt = Math.min(0.95, road.paveBase + (0.32 * dist(mid, hub)) / 1000);
      roads.push({ a, b, width: road.width, paveAt, kind: road.kind });
      link(nodeAt(a), nodeAt(b));
    }
  }
  while (links.length < nodes.length) links.push(new Set());
  const isOff = (p: Pt) => p.x < 0 || p.x > WORLD_WIDTH || p.y > WORLD_HEIGHT;
  const exits = nodes.map((p, i) => (isOff(p) ? i : -1)).filter((i) => i >= 0);
  const gatewayNode = nodeAt({ x: avenueX, y: quayY });

  // --- Blocks. ---
  const colEdges = [
    { at: BOARD.x + 14, half: 0 },
    { at: v1, half: 13 },
    { at: avenueX, half: 19 },
    { at: v2, half: 13 },
    { at: BOARD.x + BOARD.width - 14, half: 0 },
  ];
  const rowEdges = [
    { at: quayY, half: 14 },
    { at: s1, half: 14 },
    { at: s2, half: 14 },
    { at: BOARD.y + BOARD.height - 10, half: 0 },
  ];
  const margin = 10;
  const blockRect = (row: number, col: number): Rect => {
    const l = colEdges[col] as { at: number; half: number };
    const r = colEdges[col + 1] as { at: number; half: number };
    const t = rowEdges[row] as { at: number; half: number };
    const b = rowEdges[row + 1] as { at: number; half: number };
    const x = l.at + l.half + margin;
    const y = t.at + t.half + margin;
    return { x, y, w: r.at - r.half - margin - x, h: b.at - b.half - margin - y };
  };

  const workshopCells: Rect[] = [];
  const largeCells: Rect[] = [];
  const blocks: TownLayout['blocks'] = [];
  let trainingLot: Rect | null = null;
  let researchLot: Rect | null = null;
  const cellsIn = (rect: Rect, cellW: number, cellH: number): Rect[] => {
    const cols = Math.max(1, Math.floor(rect.w / cellW));
    const rows = Math.max(1, Math.floor(rect.h / cellH));
    const w = rect.w / cols;
    const h = rect.h / rows;
    const out: Rect[] = [];
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out.push({ x: rect.x + c * w, y: rect.y + r * h, w, h });
    return out;
  };
  ROLES.forEach((roleRow, row) =>
    roleRow.forEach((role, col) => {
      const rect = blockRect(row, col);
      if (role === 'W') {
        blocks.push({ rect, role: 'workshops' });
        workshopCells.push(...cellsIn(rect, 58, 64));
      } else if (role === 'I') {
        blocks.push({ rect, role: 'industry' });
        largeCells.push(...cellsIn(rect, rect.w / 2, rect.h / 2));
      } else if (role === 'T') {
        // Workshops on the far half, the training centre's lot by the avenue.
        const half = Math.round(rect.w * 0.48);
        const shops = { x: rect.x, y: rect.y, w: half, h: rect.h };
        blocks.push({ rect: shops, role: 'workshops' });
        workshopCells.push(...cellsIn(shops, 58, 64));
        trainingLot = { x: rect.x + half + 8, y: rect.y, w: rect.w - half - 8, h: rect.h };
        blocks.push({ rect: trainingLot, role: 'training' });
      } else {
        researchLot = rect;
        blocks.push({ rect, role: 'research' });
      }
    }),
  );

  const heart: Pt = { x: (v1 + avenueX) / 2 - 40, y: s1 + 10 };
  const rankedWorkshops = workshopCells
    .map((cell) => ({ cell, score: dist({ x: cell.x + cell.w / 2, y: cell.y + cell.h / 2 }, heart) + rand() * 90 }))
    .sort((p, q) => p.score - q.score)
    .map((c) => c.cell);
  const gatewayPoint: Pt = { x: v2, y: quayY };
  const rankedLarge = largeCells
    .map((cell) => ({ cell, score: dist({ x: cell.x + cell.w / 2, y: cell.y + cell.h / 2 }, gatewayPoint) + rand() * 80 }))
    .sort((p, q) => p.score - q.score)
    .map((c) => c.cell);

  const plotOf = (cell: Rect, front = 8): Plot => ({ cell, anchor: { x: cell.x + cell.w / 2, y: cell.y + cell.h - front } });
  const workshopPlots = rankedWorkshops.slice(0, WORKSHOP_PLOTS).map((c) => plotOf(c, 9));
  const gardens = rankedWorkshops.slice(WORKSHOP_PLOTS);
  const largePlots = rankedLarge.slice(0, LARGE_PLOTS).map((c) => plotOf(c, 12));
  // Should a plan ever have fewer cells than the pools, extra plots share the last cells (never in practice).
  while (workshopPlots.length < WORKSHOP_PLOTS) workshopPlots.push(workshopPlots[workshopPlots.length % Math.max(1, rankedWorkshops.length)] as Plot);
  while (largePlots.length < LARGE_PLOTS) largePlots.push(largePlots[largePlots.length % Math.max(1, rankedLarge.length)] as Plot);

  const tLot = trainingLot as Rect | null ?? { x: 0, y: 0, w: 100, h: 100 };
  const rLot = researchLot as Rect | null ?? { x: 0, y: 0, w: 100, h: 100 };
  const training: Plot = { cell: tLot, anchor: { x: tLot.x + tLot.w / 2, y: tLot.y + tLot.h - 34 } };
  const research: Plot = { cell: rLot, anchor: { x: rLot.x + rLot.w / 2 - 10, y: rLot.y + rLot.h - 40 } };

  // --- Trees: gardens, around the centres, and along the edges of the industrial blocks. ---
  const trees: Tree[] = [];
  const tree = (x: number, y: number, size = 1) => trees.push({ x, y, size: size * (0.85 + rand() * 0.3), variant: Math.floor(rand() * 3) });
  for (const g of gardens) {
    tree(g.x + g.w * (0.3 + rand() * 0.15), g.y + g.h * 0.75);
    if (rand() < 0.6) tree(g.x + g.w * (0.62 + rand() * 0.15), g.y + g.h * (0.45 + rand() * 0.2), 0.8);
  }
  tree(tLot.x + 16, tLot.y + 30, 0.9);
  tree(tLot.x + tLot.w - 16, tLot.y + 34, 0.9);
  for (const [fx, fy] of [
    [0.1, 0.25],
    [0.9, 0.22],
    [0.08, 0.9],
    [0.92, 0.92],
    [0.5, 0.2],
  ] as const) {
    tree(rLot.x + rLot.w * fx, rLot.y + rLot.h * fy, 1.05);
  }

  // --- Power lines: poles along one side of each street, from the avenue outward. ---
  const powerLines: Pole[][] = [];
  const spacing = 74;
  for (const road of straight) {
    const off = road.width / 2 + 7;
    const lo = road.axis === 'h' ? BOARD.x + 30 : Math.max(road.from, BOARD.y + 20) + 22;
    const hi = road.axis === 'h' ? BOARD.x + BOARD.width - 30 : Math.min(road.to, BOARD.y + BOARD.height - 24);
    const crossings = straight.filter((o) => o.axis !== road.axis).map((o) => ({ at: o.at, half: o.width / 2 + 14 }));
    const spots: Pt[] = [];
    for (let s = lo; s <= hi; s += spacing) {
      if (crossings.some((c) => Math.abs(c.at - s) < c.half)) continue;
      spots.push(road.axis === 'h' ? { x: s, y: road.at - off } : { x: road.at - off, y: s });
    }
    const ordered = spots.sort((p, q) => dist(p, hub) - dist(q, hub));
    const n = Math.max(1, ordered.length);
    const chain = ordered.map((p, k) => ({ ...p, at: road.powerStart + (0.3 * k) / n }));
    // Keep the chain in order along the street, so wires join neighbours.
    chain.sort((p, q) => (road.axis === 'h' ? p.x - q.x : p.y - q.y));
    powerLines.push(chain);
  }

  // --- The export gateway along the top. ---
  const gateway: Gateway =
    gatewayKind === 'port'
      ? {
          kind: 'port',
          band: { x: 0, y: 0, w: WORLD_WIDTH, h: 100 },
          quay: { x: 520, y: 92, w: WORLD_WIDTH - 520, h: 36 },
          berths: [
            { x: 700, y: 66 },
            { x: 880, y: 66 },
            { x: 1060, y: 66 },
            { x: 1150, y: 40 },
          ],
          cranes: [
            { x: 790, y: 122 },
            { x: 970, y: 122 },
          ],
          tracks: [],
        }
      : {
          kind: 'rail',
          band: { x: 0, y: 36, w: WORLD_WIDTH, h: 76 },
          quay: { x: 560, y: 100, w: 560, h: 26 },
          berths: [{ x: 590, y: 88 }],
          cranes: [{ x: 1080, y: 124 }],
          tracks: [58, 88],
        };

  const layout: TownLayout = {
    seed,
    mirrored,
    roads,
    graph: { nodes, links: links.map((s) => [...s]), exits, gateway: gatewayNode },
    workshopPlots,
    largePlots,
    gardens,
    blocks,
    training,
    research,
    trees,
    powerLines,
    gateway,
  };
  return mirrored ? mirrorLayout(layout) : layout;
}

/** Mirrors the plan left to right (the gateway stays at the top). */
function mirrorLayout(layout: TownLayout): TownLayout {
  const mx = (x: number) => WORLD_WIDTH - x;
  const pt = <T extends Pt>(p: T): T => ({ ...p, x: mx(p.x) });
  const rect = (r: Rect): Rect => ({ ...r, x: WORLD_WIDTH - r.x - r.w });
  const plot = (p: Plot): Plot => ({ cell: rect(p.cell), anchor: pt(p.anchor) });
  return {
    ...layout,
    roads: layout.roads.map((r) => ({ ...r, a: pt(r.a), b: pt(r.b) })),
    graph: { ...layout.graph, nodes: layout.graph.nodes.map(pt) },
    workshopPlots: layout.workshopPlots.map(plot),
    largePlots: layout.largePlots.map(plot),
    gardens: layout.gardens.map(rect),
    blocks: layout.blocks.map((b) => ({ ...b, rect: rect(b.rect) })),
    training: plot(layout.training),
    research: plot(layout.research),
    trees: layout.trees.map(pt),
    powerLines: layout.powerLines.map((line) => line.map(pt).reverse()),
    gateway: {
      ...layout.gateway,
      band: rect(layout.gateway.band),
      quay: rect(layout.gateway.quay),
      berths: layout.gateway.berths.map(pt),
      cranes: layout.gateway.cranes.map(pt),
    },
  };
}
