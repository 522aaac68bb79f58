// WorldMap: the world from Natural Earth outlines, in the same projection as the DOM pins
// (projectToMap, 0..1 of the slot), so the pins the app places line up exactly. Countries with a
// cluster are warm; other land a soft neutral; the ocean a calm blue with a faint graticule. The
// pins themselves (labels, clicks) are DOM buttons; this only draws a soft glow under them.
// Drawn with the Canvas 2D API into one CanvasTexture, redrawn when the size or the view changes.
import * as Phaser from 'phaser';
import { projectToMap, type MapView } from '../../view/map';
import type { StageBridge } from '../bridge';
import { countryShapes, type Ring } from '../world-geometry';

const KEY = 'world-map';

const COLORS = {
  oceanTop: '#b7dceb',
  oceanBottom: '#a0cde0',
  graticule: 'rgba(255,255,255,0.5)',
  land: '#f4ecdc',
  landEdge: '#c9b79b',
  cluster: '#f3bd55',
  clusterEdge: '#a86f00',
  highlight: '#e69f00',
  glow: [255, 238, 180] as const,
};

export class WorldMapScene extends Phaser.Scene {
  private image: Phaser.GameObjects.Image | null = null;
  private drawnKey = '';

  constructor(private readonly bridge: StageBridge) {
    super('WorldMap');
  }

  create(): void {
    this.drawnKey = '';
    const { width, height } = this.scale;
    if (!this.textures.exists(KEY)) this.textures.createCanvas(KEY, Math.max(1, width), Math.max(1, height));
    this.image = this.add.image(0, 0, KEY).setOrigin(0, 0);
    const onResize = () => this.redraw();
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, onResize));
    this.events.on(Phaser.Scenes.Events.WAKE, () => this.redraw());
    this.redraw();
  }

  /** Called by the stage when a new view arrives. */
  refresh(): void {
    if (this.sys.isActive()) this.redraw();
  }

  private redraw(): void {
    const view = this.bridge.mapView;
    const width = Math.max(1, Math.round(this.scale.width));
    const height = Math.max(1, Math.round(this.scale.height));
    this.cameras.main.setSize(width, height);
    const key = `${width}x${height}|${view?.pins.map((p) => p.id).join(',') ?? ''}|${view?.highlighted ?? ''}`;
    if (key === this.drawnKey || !this.image) return;
    this.drawnKey = key;
    const texture = this.textures.get(KEY) as Phaser.Textures.CanvasTexture;
    texture.setSize(width, height);
    drawWorld(texture.getContext(), width, height, view);
    texture.refresh();
    this.image.setTexture(KEY);
    this.image.setDisplaySize(width, height);
  }
}

function ringPath(ctx: CanvasRenderingContext2D, ring: Ring, width: number, height: number, shift: number): void {
  ring.forEach(([lon, lat], i) => {
    const p = projectToMap(lon + shift, lat);
    if (i === 0) ctx.moveTo(p.x * width, p.y * height);
    else ctx.lineTo(p.x * width, p.y * height);
  });
  ctx.closePath();
}

/** Longitude shifts needed to draw a ring that crosses the antimeridian on both sides. */
function shiftsFor(ring: Ring): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (const [lon] of ring) {
    if (lon < min) min = lon;
    if (lon > max) max = lon;
  }
  const shifts = [0];
  if (max > 180) shifts.push(-360);
  if (min < -180) shifts.push(360);
  return shifts;
}

function drawWorld(ctx: CanvasRenderingContext2D, width: number, height: number, view: MapView | null): void {
  const unit = Math.max(0.6, width / 1000);
  ctx.clearRect(0, 0, width, height);
  const ocean = ctx.createLinearGradient(0, 0, 0, height);
  ocean.addColorStop(0, COLORS.oceanTop);
  ocean.addColorStop(1, COLORS.oceanBottom);
  ctx.fillStyle = ocean;
  ctx.fillRect(0, 0, width, height);

  // Graticule every 30 degrees.
  ctx.strokeStyle = COLORS.graticule;
  ctx.lineWidth = unit * 0.8;
  ctx.beginPath();
  for (let lon = -150; lon <= 150; lon += 30) {
    const x = projectToMap(lon, 0).x * width;
    ctx.moveTo(x, 0);
    ctx.lineTo(x, height);
  }
  for (let lat = -30; lat <= 60; lat += 30) {
    const y = projectToMap(0, lat).y * height;
    ctx.moveTo(0, y);
    ctx.lineTo(width, y);
  }
  ctx.stroke();

  const pins = view?.pins ?? [];
  const clusterCountries = new Set(pins.map((p) => p.isoNumeric).filter((id): id is string => id !== null));
  const highlightedPin = pins.find((p) => p.id === view?.highlighted);
  ctx.lineJoin = 'round';
  for (const shape of countryShapes()) {
    const isCluster = clusterCountries.has(shape.id);
    const isHighlighted = highlightedPin?.isoNumeric === shape.id;
    ctx.beginPath();
    for (const ring of shape.rings) for (const shift of shiftsFor(ring)) ringPath(ctx, ring, width, height, shift);
    ctx.fillStyle = isHighlighted ? COLORS.highlight : isCluster ? COLORS.cluster : COLORS.land;
    ctx.fill('evenodd');
    ctx.strokeStyle = isCluster ? COLORS.clusterEdge : COLORS.landEdge;
    ctx.lineWidth = unit * (isCluster ? 1.1 : 0.7);
    ctx.stroke();
  }

  // A soft warm glow under each pin (the DOM pins sit on top).
  const [r, g, b] = COLORS.glow;
  for (const pin of pins) {
    if (!pin.position) continue;
    const x = pin.position.x * width;
    const y = pin.position.y * height;
    const radius = Math.max(10, Math.min(width, height) * (pin.id === view?.highlighted ? 0.12 : 0.08));
    const glow = ctx.createRadialGradient(x, y, 0, x, y, radius);
    glow.addColorStop(0, `rgba(${r},${g},${b},0.85)`);
    glow.addColorStop(0.45, `rgba(${r},${g},${b},0.35)`);
    glow.addColorStop(1, `rgba(${r},${g},${b},0)`);
    ctx.fillStyle = glow;
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, Math.PI * 2);
    ctx.fill();
  }
}
