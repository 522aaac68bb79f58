// The buildings of the town, drawn flat with ink outlines in a slight oblique view: a front face,
// a side face receding up and to the right, and the roof. Local coordinates: (0, 0) is the middle
// of the front edge on the ground; y grows downward, so buildings rise into negative y.
//
// Shape is a second cue beside colour: SME workshops (orange) have a pitched roof, large
// factories (blue) a saw-tooth roof and a tall chimney, foreign-owned plants (bluish green) a flat
// roof and a flag. A yellow star marks a firm that upgraded to higher value-added products.
import type { Landmark, TownBuilding } from '../../view/town';
import { darken, INK, lighten, mix, OI } from '../palette';
import type { Pen } from './pen';

const GREY = 0xa19a8f;
const SHUTTER = 0xd9d3c7;
const SOOT = 0x3b332c;

export interface BuildingLook {
  kind: TownBuilding['kind'];
  size: TownBuilding['size'];
  upgraded: boolean;
  /** 0 = open for business ... 1 = closed (greyed, shutters down). */
  closed: number;
  burnt: boolean;
  /** A small forge chimney on a workshop. */
  chimney: boolean;
  /** Varies small details (window position, door colour). */
  variant: number;
}

/** Where smoke leaves the chimney, in local coordinates (null when the building has none). */
export function chimneyTop(look: Pick<BuildingLook, 'kind' | 'size' | 'chimney'>): { x: number; y: number } | null {
  if (look.kind === 'workshop') {
    if (!look.chimney) return null;
    const m = workshopMetrics(look.size);
    return { x: m.w * 0.22 + m.dx * 0.5, y: -m.wall - m.roof * 0.55 + m.dy * 0.5 - 14 };
  }
  if (look.kind === 'factory') {
    const m = factoryMetrics(look.size);
    return { x: m.w / 2 - 14 + m.dx, y: -m.wall - 64 + m.dy };
  }
  const m = foreignMetrics();
  return { x: -m.w / 2 + 30 + m.dx, y: -m.wall - 22 + m.dy };
}

/** The building's height above its anchor (for rising animations and fire placement). */
export function buildingHeight(look: Pick<BuildingLook, 'kind' | 'size'>): number {
  if (look.kind === 'workshop') {
    const m = workshopMetrics(look.size);
    return m.wall + m.roof - m.dy;
  }
  if (look.kind === 'factory') return factoryMetrics(look.size).wall + 18;
  return foreignMetrics().wall + 12;
}

const faded = (color: number, closed: number, burnt: boolean): number => {
  const c = burnt ? mix(color, SOOT, 0.55) : color;
  return mix(c, GREY, closed * 0.85);
};

function shadow(pen: Pen, w: number, dx: number): void {
  pen.ellipse(dx * 0.6, 1, w + dx + 16, 12, INK, 0.16);
}

/** The ground a building uses: a packed-earth yard for a workshop, a concrete pad for a plant. */
function yard(pen: Pen, w: number, dx: number, dy: number, concrete: boolean): void {
  const color = concrete ? 0xcac4b8 : 0xc4a072;
  pen.poly([-w / 2 - 8, 8, w / 2 + 8, 8, w / 2 + 8 + dx, dy - 4, -w / 2 - 8 + dx, dy - 4], color, { alpha: concrete ? 1 : 0.75, stroke: false });
  if (concrete) {
    for (let x = -w / 2 + 4; x < w / 2; x += 14) pen.line(x, 7, x + 3, 2, 1.2, 0xe9e4da);
  }
}

function workshopMetrics(size: number) {
  return size >= 2 ? { w: 48, wall: 24, roof: 17, dx: 12, dy: -9 } : { w: 38, wall: 20, roof: 14, dx: 10, dy: -8 };
}

function factoryMetrics(size: number) {
  return size >= 3 ? { w: 98, wall: 38, teeth: 4, tooth: 16, dx: 15, dy: -12 } : { w: 80, wall: 32, teeth: 3, tooth: 15, dx: 13, dy: -10 };
}

function foreignMetrics() {
  return { w: 100, wall: 36, dx: 16, dy: -12 };
}

export function drawBuilding(pen: Pen, look: BuildingLook): void {
  if (look.kind === 'workshop') drawWorkshop(pen, look);
  else if (look.kind === 'factory') drawFactory(pen, look);
  else drawForeignPlant(pen, look);
}

/** A roller shutter over an opening, lowered by `p` (0..1). */
function shutter(pen: Pen, x: number, y: number, w: number, h: number, p: number): void {
  if (p <= 0) return;
  const hh = h * Math.min(1, p);
  pen.rect(x, y, w, hh, SHUTTER, { width: 1.5 });
  for (let ly = y + 4; ly < y + hh - 1; ly += 4) pen.line(x + 1, ly, x + w - 1, ly, 1, darken(SHUTTER, 0.3));
}

function drawWorkshop(pen: Pen, look: BuildingLook): void {
  const m = workshopMetrics(look.size);
  const { w, wall, roof, dx, dy } = m;
  const body = faded(OI.orange, look.closed, look.burnt);
  const side = darken(body, 0.22);
  const roofColor = look.burnt ? SOOT : faded(0x9a5a12, look.closed, false);
  const hw = w / 2;
  const apexY = -wall - roof;
  yard(pen, w, dx, dy, false);
  shadow(pen, w, dx);
  // Side wall, receding.
  pen.poly([hw, 0, hw + dx, dy, hw + dx, dy - wall, hw, -wall], side);
  // Roof: the far slope peeks above the gable; the near slope recedes to the right.
  pen.poly([-hw - 2, -wall, 0, apexY, dx, apexY + dy, -hw - 2 + dx, -wall + dy], darken(roofColor, 0.15));
  pen.poly([0, apexY, hw + 2, -wall, hw + 2 + dx, -wall + dy, dx, apexY + dy], roofColor);
  // Front wall and gable.
  pen.poly([-hw, 0, hw, 0, hw, -wall, hw + 2, -wall, 0, apexY, -hw - 2, -wall, -hw, -wall], body);
  if (look.chimney) {
    const cx = w * 0.22 + dx * 0.5;
    const cy = -wall - roof * 0.55 + dy * 0.5;
    pen.rect(cx - 3, cy - 14, 6, 16, faded(0x6b625a, look.closed, false), { width: 1.5 });
  }
  // Door (a workshop open to the street) and a window.
  const doorW = w * 0.42;
  const doorH = wall * 0.78;
  const doorX = look.variant % 2 === 0 ? -hw + 5 : hw - 5 - doorW;
  pen.rect(doorX, -doorH, doorW, doorH, look.burnt ? SOOT : faded(0x4a3520, look.closed, false), { width: 1.5 });
  shutter(pen, doorX, -doorH, doorW, doorH, look.closed);
  const winX = look.variant % 2 === 0 ? hw - 13 : -hw + 5;
  pen.rect(winX, -wall + 6, 8, 7, look.burnt ? SOOT : faded(0xfbe9b7, look.closed, false), { width: 1.5 });
  if (look.closed > 0.6) {
    // Boards across the window.
    pen.line(winX - 1, -wall + 5, winX + 9, -wall + 14, 2, 0x8a6a45);
    pen.line(winX - 1, -wall + 14, winX + 9, -wall + 5, 2, 0x8a6a45);
  }
  if (look.upgraded && look.closed < 0.5) pen.star(0, -wall - roof * 0.45, 5.5, OI.yellow);
}

function drawFactory(pen: Pen, look: BuildingLook): void {
  const m = factoryMetrics(look.size);
  const { w, wall, teeth, tooth, dx, dy } = m;
  const hw = w / 2;
  const body = faded(OI.blue, look.closed, look.burnt);
  const side = darken(body, 0.25);
  const roofColor = look.burnt ? SOOT : faded(0x4d97c8, look.closed, false);
  const glass = faded(0xcfe8f5, look.closed, look.burnt);
  yard(pen, w + 10, dx, dy, true);
  shadow(pen, w, dx);
  // Chimney behind the roof.
  const cx = hw - 14 + dx;
  pen.rect(cx - 6, -wall - 64 + dy, 12, 64, faded(0x6b625a, look.closed, false));
  pen.rect(cx - 6, -wall - 56 + dy, 12, 5, faded(0xf4efe4, look.closed, false), { width: 1.5 });
  pen.poly([hw, 0, hw + dx, dy, hw + dx, dy - wall, hw, -wall], side);
  // Saw-tooth roof: each tooth a sloped plane (receding) and a glazed vertical face.
  const tw = w / teeth;
  for (let i = 0; i < teeth; i++) {
    const x0 = -hw + i * tw;
    const x1 = x0 + tw;
    pen.poly([x0, -wall, x1, -wall - tooth, x1 + dx, -wall - tooth + dy, x0 + dx, -wall + dy], roofColor);
    pen.poly([x1, -wall, x1, -wall - tooth, x1 + dx, -wall - tooth + dy, x1 + dx, -wall + dy], glass, { width: 1.5 });
  }
  pen.rect(-hw, -wall, w, wall, body);
  // Teeth silhouettes on the front.
  for (let i = 0; i < teeth; i++) {
    const x0 = -hw + i * tw;
    pen.poly([x0, -wall, x0 + tw, -wall - tooth, x0 + tw, -wall], darken(roofColor, 0.08), { width: 1.5 });
  }
  // Loading door and a row of windows.
  const doorW = w * 0.24;
  pen.rect(-hw + 6, -wall * 0.7, doorW, wall * 0.7, faded(0x00456e, look.closed, look.burnt), { width: 1.5 });
  shutter(pen, -hw + 6, -wall * 0.7, doorW, wall * 0.7, look.closed);
  const winStart = -hw + 12 + doorW;
  const winCount = Math.floor((w - doorW - 22) / 15);
  for (let i = 0; i < winCount; i++) {
    pen.rect(winStart + i * 15, -wall + 8, 10, 10, glass, { width: 1.5 });
  }
  if (look.upgraded && look.closed < 0.5) pen.star(-hw + 12, -wall - 9, 6, OI.yellow);
}

function drawForeignPlant(pen: Pen, look: BuildingLook): void {
  const { w, wall, dx, dy } = foreignMetrics();
  const hw = w / 2;
  const body = faded(OI.bluishGreen, look.closed, look.burnt);
  const side = darken(body, 0.25);
  const top = look.burnt ? SOOT : faded(lighten(OI.bluishGreen, 0.35), look.closed, false);
  const glass = faded(0xd5f2e8, look.closed, look.burnt);
  yard(pen, w + 8, dx, dy, true);
  shadow(pen, w, dx);
  // Flagpole and flag (behind-left), the plant's second cue.
  const fx = -hw + 4;
  pen.line(fx, 2, fx, -wall - 46, 2.5, 0x5a5148);
  if (look.closed < 0.5) {
    pen.poly([fx, -wall - 46, fx + 24, -wall - 43, fx + 22, -wall - 36, fx + 26, -wall - 30, fx, -wall - 32], OI.skyBlue, { width: 1.5 });
    pen.circle(fx + 11, -wall - 38, 3, 0xffffff, { width: 1 });
  } else {
    pen.poly([fx, -wall - 46, fx + 7, -wall - 44, fx + 6, -wall - 28, fx, -wall - 30], GREY, { width: 1.5 });
  }
  pen.poly([hw, 0, hw + dx, dy, hw + dx, dy - wall, hw, -wall], side);
  pen.poly([-hw, -wall, hw, -wall, hw + dx, -wall + dy, -hw + dx, -wall + dy], top);
  // Rooftop units.
  pen.rect(-hw + 22, -wall + dy * 0.5 - 10, 16, 9, faded(0xd8d2c8, look.closed, look.burnt), { width: 1.5 });
  pen.rect(-hw + 44, -wall + dy * 0.5 - 8, 12, 7, faded(0xd8d2c8, look.closed, look.burnt), { width: 1.5 });
  pen.rect(-hw, -wall, w, wall, body);
  // Glass band with mullions, an entrance with a canopy, and a logo panel.
  pen.rect(-hw + 6, -wall + 7, w - 12, 11, glass, { width: 1.5 });
  for (let x = -hw + 20; x < hw - 8; x += 14) pen.line(x, -wall + 7, x, -wall + 18, 1.2, darken(body, 0.3));
  pen.rect(-9, -16, 18, 16, glass, { width: 1.5 });
  shutter(pen, -9, -16, 18, 16, look.closed);
  pen.rect(-14, -20, 28, 4, darken(body, 0.35), { width: 1.2 });
  if (look.closed < 0.5) {
    pen.roundRect(hw - 30, -wall + 21, 22, 11, 3, 0xffffff, { width: 1.5 });
    pen.circle(hw - 19, -wall + 26.5, 3.2, OI.skyBlue, { width: 1 });
  }
  if (look.upgraded && look.closed < 0.5) pen.star(-hw + 12, -wall - 8, 6, OI.yellow);
}

// --- Landmarks: the training centre and the research centre. ---

/** Draws scaffolding and a half-built shell of a w x h building. */
function construction(pen: Pen, w: number, wall: number, color: number, dx: number, dy: number): void {
  const hw = w / 2;
  pen.rect(-hw - 8, -4, w + 16 + dx, 8, 0xcfc8bb, { width: 1.5 });
  const built = wall * 0.55;
  pen.poly([hw, 0, hw + dx, dy, hw + dx, dy - built, hw, -built], darken(color, 0.25));
  pen.rect(-hw, -built, w, built, color);
  // Scaffolding: poles and planks around the full height.
  const wood = 0x8a6a45;
  for (let x = -hw - 4; x <= hw + 4; x += 16) pen.line(x, 2, x, -wall - 10, 2, wood);
  for (const y of [-wall * 0.35, -wall * 0.7, -wall - 8]) pen.line(-hw - 6, y, hw + 6, y, 3, wood);
  pen.line(-hw - 4, 0, -hw + 12, -wall * 0.35, 1.5, wood);
  pen.line(hw - 12, -wall * 0.35, hw + 4, -wall * 0.7, 1.5, wood);
}

/** A tower crane beside a building site; the jib is drawn separately so it can swing. */
export function drawCraneMast(pen: Pen, height: number): void {
  pen.rect(-4, -height, 8, height, OI.yellow, { width: 1.5 });
  for (let y = -height + 6; y < -4; y += 10) pen.line(-4, y, 4, y + 8, 1, INK);
  pen.rect(-6, -height - 8, 12, 8, OI.yellow, { width: 1.5 });
}

export function drawCraneJib(pen: Pen): void {
  pen.rect(-18, -3, 76, 6, OI.yellow, { width: 1.5 });
  pen.rect(-24, -4, 10, 10, 0x6b625a, { width: 1.5 });
  pen.line(46, 3, 46, 26, 1.2, INK);
  pen.rect(42, 26, 8, 5, 0x6b625a, { width: 1 });
}

export const TRAINING_SIZE = { w: 112, wall: 34, dx: 16, dy: -12 };
export const RESEARCH_SIZE = { w: 132, wall: 36, dx: 18, dy: -13 };

/** An empty lot reserved for a centre: a fenced patch with a signboard. */
function reservedLot(pen: Pen, w: number): void {
  const hw = w / 2;
  pen.ellipse(0, -12, w + 20, 36, 0x8a6a45, 0.12);
  for (let x = -hw; x <= hw; x += 14) pen.line(x, 0, x, -7, 1.5, 0x8a6a45);
  pen.line(-hw, -5, hw, -5, 1.5, 0x8a6a45);
  pen.line(hw - 22, 0, hw - 22, -22, 2, 0x6b5a45);
  pen.rect(hw - 34, -32, 24, 13, 0xf4efe4, { width: 1.5 });
}

export function drawTrainingCentre(pen: Pen, state: Landmark): void {
  const { w, wall, dx, dy } = TRAINING_SIZE;
  const hw = w / 2;
  const body = OI.reddishPurple;
  if (state === 'none') return reservedLot(pen, w);
  shadow(pen, w, dx);
  if (state === 'building') return construction(pen, w, wall, body, dx, dy);
  const roof = 0x7d3f63;
  pen.poly([hw, 0, hw + dx, dy, hw + dx, dy - wall, hw, -wall], darken(body, 0.22));
  // Hipped roof: the front slope and the receding right slope.
  pen.poly([hw + 4, -wall, hw + 4 + dx, -wall + dy, hw - 26 + dx, -wall - 22 + dy, hw - 26, -wall - 22], darken(roof, 0.15));
  pen.poly([-hw - 4, -wall, hw + 4, -wall, hw - 26, -wall - 22, -hw + 26, -wall - 22], roof);
  pen.rect(-hw, -wall, w, wall, body);
  // Portico with a pediment carrying the emblem (a mortarboard: learning).
  pen.poly([-22, -wall - 2, 22, -wall - 2, 0, -wall - 22], lighten(body, 0.45));
  pen.rect(-22, -wall, 44, wall, lighten(body, 0.3));
  for (const x of [-17, -6, 6, 17]) pen.rect(x - 2, -wall + 3, 4, wall - 3, 0xffffff, { width: 1.2 });
  pen.rect(-7, -15, 14, 15, 0x5a2e48, { width: 1.5 });
  pen.poly([-9, -wall - 12, 0, -wall - 16, 9, -wall - 12, 0, -wall - 8], INK, { width: 1 });
  pen.rect(-4, -wall - 10, 8, 4, INK, { stroke: false });
  // Windows either side.
  for (const x of [-hw + 8, -hw + 24, hw - 36, hw - 20]) pen.rect(x, -wall + 9, 11, 12, 0xfbe9b7, { width: 1.5 });
}

export function drawResearchCentre(pen: Pen, state: Landmark): void {
  const { w, wall, dx, dy } = RESEARCH_SIZE;
  const hw = w / 2;
  const body = OI.skyBlue;
  if (state === 'none') return reservedLot(pen, w);
  shadow(pen, w, dx);
  if (state === 'building') return construction(pen, w, wall, body, dx, dy);
  pen.poly([hw, 0, hw + dx, dy, hw + dx, dy - wall, hw, -wall], darken(body, 0.25));
  pen.poly([-hw, -wall, hw, -wall, hw + dx, -wall + dy, -hw + dx, -wall + dy], lighten(body, 0.4));
  // Observatory dome and an antenna dish on the roof.
  const domeX = hw - 30 + dx * 0.5;
  const domeY = -wall + dy * 0.5 + 2;
  pen.poly(domeArc(domeX, domeY, 20), 0xf4f1ea);
  pen.line(domeX - 3, domeY - 19, domeX + 4, domeY - 4, 4, 0x5a6a78);
  pen.line(-hw + 26 + dx * 0.5, domeY, -hw + 26 + dx * 0.5, domeY - 14, 2, INK);
  pen.poly(dishPoints(-hw + 26 + dx * 0.5, domeY - 16), 0xf4f1ea, { width: 1.5 });
  pen.rect(-hw, -wall, w, wall, body);
  // Curtain wall of glass and the emblem (an atom: research).
  pen.rect(-hw + 6, -wall + 6, w - 12, 13, 0xe3f4fc, { width: 1.5 });
  for (let x = -hw + 18; x < hw - 6; x += 12) pen.line(x, -wall + 6, x, -wall + 19, 1.2, darken(body, 0.35));
  pen.rect(-8, -14, 16, 14, 0x1f5f86, { width: 1.5 });
  pen.circle(-hw + 20, -9, 6.5, 0xffffff, { width: 1.5 });
  pen.g.lineStyle(1.2 * pen.s, INK, 1);
  for (const k of [0, 1, 2]) {
    const a = (k * Math.PI) / 3;
    const pts: number[] = [];
    for (let i = 0; i <= 16; i++) {
      const t = (i / 16) * Math.PI * 2;
      const ex = Math.cos(t) * 5;
      const ey = Math.sin(t) * 2;
      pts.push(-hw + 20 + ex * Math.cos(a) - ey * Math.sin(a), -9 + ex * Math.sin(a) + ey * Math.cos(a));
    }
    pen.path(pts, 1, INK);
  }
}

function domeArc(cx: number, cy: number, r: number): number[] {
  const pts: number[] = [];
  for (let i = 0; i <= 16; i++) {
    const a = Math.PI + (i / 16) * Math.PI;
    pts.push(cx + Math.cos(a) * r, cy + Math.sin(a) * r);
  }
  return pts;
}

function dishPoints(cx: number, cy: number): number[] {
  const pts: number[] = [];
  for (let i = 0; i <= 10; i++) {
    const a = Math.PI * 0.15 + (i / 10) * Math.PI * 0.7;
    pts.push(cx + Math.cos(a) * 10, cy - 6 + Math.sin(a) * 8);
  }
  return pts;
}
