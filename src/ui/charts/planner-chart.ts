// The planner's line charts, drawn straight onto a canvas. They are redrawn on every input (a slider
// dragged redraws three charts each frame), which chart.js could not do within a frame here: one
// chart.update('none') of a two-line chart took 4-10 ms on this project's 2-core test machine (its
// options are re-resolved through proxies on every update), so three charts alone overran the
// 16 ms budget. This renderer does only what these charts need (a fixed-size canvas, a y axis with
// round ticks, year labels, one line per run, a pointer read-out) in well under a millisecond.
// The game's charts stay on chart.js (chart-view.ts); the look matches them (chart-style.ts).
//
// Fixed size: the canvas is sized from its box once, and again only when a ResizeObserver reports
// a new size; nothing on the input path reads layout. set() draws synchronously: the caller draws
// every chart before it changes the page (setting a canvas font restyles a page that has changed).
//
// Look: each run keeps a colour AND a dash pattern AND a point shape (Okabe–Ito hues, darkened
// where a thin line needs contrast on the card), so plans can be told apart without colour.
import { formatTick, formatY, yearTicks } from '../../view/chart-specs';
import type { PlannerBand, PlannerChartSpec, PlannerSeries } from '../../view/planner-charts';
import { PALETTE, withAlpha } from './chart-style';

export type PointShape = 'circle' | 'triangle' | 'rect' | 'rectRot' | 'crossRot' | 'star';

export interface SeriesStyle {
  color: string;
  /** Canvas line dash (empty: solid). */
  dash: number[];
  width: number;
  point: PointShape;
}

export const PLAN_STYLE: SeriesStyle = { color: PALETTE.player, dash: [], width: 3.5, point: 'circle' };
export const BASELINE_STYLE: SeriesStyle = { color: PALETTE.baseline, dash: [9, 6], width: 2.5, point: 'triangle' };
/** Saved plans, in the order they are given styles: orange, bluish green, vermillion, reddish purple. */
export const SAVED_STYLES: readonly SeriesStyle[] = [
  { color: '#b37200', dash: [2, 4], width: 3, point: 'rect' },
  { color: '#008a64', dash: [14, 4, 3, 4], width: 3, point: 'rectRot' },
  { color: '#c85400', dash: [6, 3], width: 3, point: 'crossRot' },
  { color: '#a8508a', dash: [16, 6], width: 3, point: 'star' },
];

export function seriesStyle(series: Pick<PlannerSeries, 'kind' | 'style'>): SeriesStyle {
  if (series.kind === 'plan') return PLAN_STYLE;
  if (series.kind === 'baseline') return BASELINE_STYLE;
  return SAVED_STYLES[series.style % SAVED_STYLES.length] as SeriesStyle;
}

export interface PlannerChart {
  /** Draws the spec now. Touches no attribute (see the file's note on canvas fonts). */
  set(spec: PlannerChartSpec): void;
  /** The canvas's text alternative (aria-label). */
  label(text: string): void;
  /** Resolves once the chart has been drawn for the first time. */
  ready(): Promise<void>;
  /** Scales the chart's text (1: its size for the width; larger on a projector) and redraws it. */
  setTextScale(scale: number): void;
  destroy(): void;
}

/** A band's fill and its median's stroke: the run's own colour, see-through (Run uncertainty). */
export function bandStyle(band: Pick<PlannerBand, 'kind'>): { fill: string; median: string; dash: number[] } {
  const color = band.kind === 'plan' ? PLAN_STYLE.color : BASELINE_STYLE.color;
  return { fill: withAlpha(color, band.kind === 'plan' ? 0.22 : 0.18), median: color, dash: band.kind === 'plan' ? [2, 3] : [1, 4] };
}

/** Text size for a chart of this width: 12 px on a phone, up to 14 px on a wide screen. */
function fontSize(width: number): number {
  return width < 380 ? 12 : width < 560 ? 13 : 14;
}

/** The page's first font choice and a fallback (a long font list is slow to resolve on a canvas). */
const CANVAS_FONT = 'system-ui, sans-serif';
const HEIGHT_FALLBACK = 216;

/** Round ticks covering [min, max] (about `count` of them), as chart.js's linear scale would pick. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    min -= pad;
    max += pad;
  }
  const rough = (max - min) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const residual = rough / magnitude;
  const step = (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
  const first = Math.floor(min / step + 1e-9) * step;
  const last = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= last + step / 2 && ticks.length < 20; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  return ticks;
}

/** The y range of the runs' values, with 8 % of room above and below. */
function valueRange(spec: PlannerChartSpec): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const series of spec.series)
    for (const v of series.values) {
      if (v === null || !Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  for (const band of spec.bands ?? [])
    for (const values of [band.p10, band.p90])
      for (const v of values) {
        if (v === null || !Number.isFinite(v)) continue;
        if (v < min) min = v;
        if (v > max) max = v;
      }
  if (min === Infinity) return { min: 0, max: 1 };
  const grace = (max - min) * 0.08;
  return { min: min - grace, max: max + grace };
}

function drawShape(ctx: CanvasRenderingContext2D, shape: PointShape, x: number, y: number, r: number): void {
  ctx.beginPath();
  switch (shape) {
    case 'circle':
      ctx.arc(x, y, r, 0, Math.PI * 2);
      break;
    case 'triangle':
      ctx.moveTo(x, y - r * 1.2);
      ctx.lineTo(x + r * 1.1, y + r * 0.8);
      ctx.lineTo(x - r * 1.1, y + r * 0.8);
      ctx.closePath();
      break;
    case 'rect':
      ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 'rectRot':
      ctx.moveTo(x, y - r * 1.25);
      ctx.lineTo(x + r * 1.25, y);
      ctx.lineTo(x, y + r * 1.25);
      ctx.lineTo(x - r * 1.25, y);
      ctx.closePath();
      break;
    case 'crossRot':
      ctx.moveTo(x - r, y - r);
      ctx.lineTo(x + r, y + r);
      ctx.moveTo(x + r, y - r);
      ctx.lineTo(x - r, y + r);
      break;
    case 'star':
      for (let i = 0; i < 10; i++) {
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        const radius = i % 2 === 0 ? r * 1.35 : r * 0.6;
        const px = x + Math.cos(angle) * radius;
        const py = y + Math.sin(angle) * radius;
        if (i === 0) ctx.moveTo(px, py);
        else ctx.lineTo(px, py);
      }
      ctx.closePath();
      break;
  }
}

/**
 * A planner chart on `canvas`, sized to its parent box (whose height CSS fixes). The box is measured
 * when the chart is first drawn and then only when a ResizeObserver reports a new size.
 */
export function mountPlannerChart(canvas: HTMLCanvasElement): PlannerChart {
  const box = canvas.parentElement;
  const view = canvas.ownerDocument.defaultView;
  const ctx = canvas.getContext('2d');
  let latest: PlannerChartSpec | null = null;
  let size: { width: number; height: number } | null = null;
  let ratio = 1;
  let fontSet = '';
  let textScale = 1;
  /** The year index under the pointer, or null. */
  let hover: number | null = null;
  let resolveReady: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const labelCache = new Map<string, string>();
  canvas.setAttribute('role', 'img');

  function resize(width: number, height: number): void {
    size = { width: Math.max(120, Math.floor(width)), height: Math.max(120, Math.floor(height)) };
    ratio = Math.max(1, Math.min(3, view?.devicePixelRatio ?? 1));
    canvas.width = Math.round(size.width * ratio);
    canvas.height = Math.round(size.height * ratio);
    canvas.style.width = `${size.width}px`;
    canvas.style.height = `${size.height}px`;
    // A new canvas size resets its drawing state, the font included.
    fontSet = '';
  }

  /**
   * A label's width in the current font, measured once: measuring text lays out a page that has
   * changed (a moved slider), so on the input path only labels never seen before are measured.
   */
  const widths = new Map<string, number>();
  function textWidth(text: string): number {
    const key = `${fontSet}|${text}`;
    let width = widths.get(key);
    if (width === undefined && ctx) {
      if (widths.size > 500) widths.clear();
      widths.set(key, (width = ctx.measureText(text).width));
    }
    return width ?? 0;
  }

  function setFont(font: string): void {
    if (!ctx || fontSet === font) return;
    ctx.font = font;
    fontSet = font;
  }

  /** The plot area and the x and y mappings for the current spec and size. */
  function frame(spec: PlannerChartSpec, width: number, height: number, font: number) {
    const { min, max } = valueRange(spec);
    const ticks = niceTicks(min, max, height < 200 ? 4 : 5);
    const yMin = Math.min(min, ticks[0] ?? min);
    const yMax = Math.max(max, ticks[ticks.length - 1] ?? max);
    const labels = ticks.map((v) => {
      const key = `${spec.yFormat}/${v}`;
      let text = labelCache.get(key);
      if (text === undefined) labelCache.set(key, (text = formatTick(spec.yFormat, v)));
      return text;
    });
    let labelWidth = 0;
    for (const text of labels) labelWidth = Math.max(labelWidth, textWidth(text));
    const left = Math.ceil(labelWidth) + 10;
    const right = width - 12;
    const top = 10;
    const bottom = height - Math.round(font * 1.7);
    const first = spec.years[0] ?? 0;
    const last = spec.years[spec.years.length - 1] ?? first + 1;
    const xMin = first === last ? first - 1 : first - 0.3;
    const xMax = first === last ? last + 1 : last + 0.3;
    const x = (year: number): number => left + ((year - xMin) / (xMax - xMin)) * (right - left);
    const y = (value: number): number => bottom - ((value - yMin) / (yMax - yMin || 1)) * (bottom - top);
    return { ticks, labels, left, right, top, bottom, x, y, xMin, xMax };
  }

  function draw(): void {
    const spec = latest;
    if (!ctx || !spec) return;
    if (!size) {
      // The first draw measures the box (once); later sizes come from the ResizeObserver.
      resize(box?.clientWidth || 320, box?.clientHeight || HEIGHT_FALLBACK);
    }
    const { width, height } = size as { width: number; height: number };
    const font = Math.round(fontSize(width) * textScale);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    // An explicit direction: 'inherit' (the default) makes every text call restyle the page first.
    const direction = canvas.ownerDocument.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
    if (ctx.direction !== direction) ctx.direction = direction;
    setFont(`${font}px ${CANVAS_FONT}`);
    const f = frame(spec, width, height, font);

    // Grid and y labels.
    ctx.lineWidth = 1;
    ctx.setLineDash([]);
    ctx.strokeStyle = PALETTE.grid;
    ctx.fillStyle = PALETTE.inkMuted;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    ctx.beginPath();
    f.ticks.forEach((value, i) => {
      const py = Math.round(f.y(value)) + 0.5;
      if (py < f.top - 1 || py > f.bottom + 1) return;
      ctx.moveTo(f.left, py);
      ctx.lineTo(f.right, py);
      ctx.fillText(f.labels[i] ?? '', f.left - 6, py);
    });
    ctx.stroke();
    // Year labels.
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    // Below the lowest y label's lower half, which reaches under the axis in large text.
    const yearsTop = f.bottom + Math.max(6, Math.ceil(font / 2) + 2);
    for (const year of yearTicks(f.xMin, f.xMax, (f.right - f.left) * 0.95, font)) ctx.fillText(String(year), f.x(year), yearsTop);

    // Bands (p10-p90 over many seeds) behind the lines, the baseline's first; each median dotted.
    const bands = spec.bands ?? [];
    for (let b = bands.length - 1; b >= 0; b--) {
      const band = bands[b] as PlannerBand;
      const look = bandStyle(band);
      ctx.fillStyle = look.fill;
      ctx.beginPath();
      let started = false;
      const upper: [number, number][] = [];
      band.p10.forEach((lo, i) => {
        const hi = band.p90[i];
        if (lo === null || hi === null || hi === undefined) return;
        const px = f.x(spec.years[i] as number);
        if (started) ctx.lineTo(px, f.y(lo));
        else ctx.moveTo(px, f.y(lo));
        started = true;
        upper.push([px, f.y(hi)]);
      });
      for (let i = upper.length - 1; i >= 0; i--) ctx.lineTo((upper[i] as [number, number])[0], (upper[i] as [number, number])[1]);
      if (started) {
        ctx.closePath();
        ctx.fill();
      }
      ctx.strokeStyle = look.median;
      ctx.lineWidth = 1.5;
      ctx.setLineDash(look.dash);
      ctx.beginPath();
      let drawing = false;
      band.p50.forEach((v, i) => {
        if (v === null) {
          drawing = false;
          return;
        }
        const px = f.x(spec.years[i] as number);
        if (drawing) ctx.lineTo(px, f.y(v));
        else ctx.moveTo(px, f.y(v));
        drawing = true;
      });
      ctx.stroke();
    }
    ctx.setLineDash([]);

    // Lines: the baseline at the back, the plan on top.
    ctx.lineJoin = 'round';
    ctx.lineCap = 'butt';
    for (let s = spec.series.length - 1; s >= 0; s--) {
      const series = spec.series[s] as PlannerSeries;
      const style = seriesStyle(series);
      ctx.strokeStyle = style.color;
      ctx.lineWidth = style.width;
      ctx.setLineDash(style.dash);
      ctx.beginPath();
      let drawing = false;
      series.values.forEach((v, i) => {
        if (v === null || !Number.isFinite(v)) {
          drawing = false;
          return;
        }
        const px = f.x(spec.years[i] as number);
        const py = f.y(v);
        if (drawing) ctx.lineTo(px, py);
        else ctx.moveTo(px, py);
        drawing = true;
      });
      ctx.stroke();
    }
    ctx.setLineDash([]);
    if (hover !== null) drawReadout(spec, f, font);
  }

  /** The pointer's year: a guide line, each run's point (in its shape) and a box with the values. */
  function drawReadout(spec: PlannerChartSpec, f: ReturnType<typeof frame>, font: number): void {
    if (!ctx || hover === null) return;
    const year = spec.years[hover];
    if (year === undefined || !size) return;
    const px = f.x(year);
    ctx.strokeStyle = 'rgba(42, 33, 24, 0.35)';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(Math.round(px) + 0.5, f.top);
    ctx.lineTo(Math.round(px) + 0.5, f.bottom);
    ctx.stroke();
    const rows: { text: string; style: SeriesStyle }[] = [];
    for (const series of spec.series) {
      const style = seriesStyle(series);
      const v = series.values[hover] ?? null;
      rows.push({ text: `${series.label}: ${formatY(spec.yFormat, v)}`, style });
      if (v === null) continue;
      ctx.fillStyle = style.color;
      ctx.strokeStyle = style.color;
      ctx.lineWidth = 2;
      drawShape(ctx, style.point, px, f.y(v), 4);
      if (style.point === 'crossRot') ctx.stroke();
      else ctx.fill();
    }
    setFont(`${font}px ${CANVAS_FONT}`);
    const line = Math.round(font * 1.35);
    const pad = 6;
    const title = String(year);
    let boxWidth = ctx.measureText(title).width;
    for (const row of rows) boxWidth = Math.max(boxWidth, ctx.measureText(row.text).width + 16);
    boxWidth = Math.ceil(boxWidth + pad * 2);
    const boxHeight = line * (rows.length + 1) + pad * 2;
    let bx = px + 10;
    if (bx + boxWidth > size.width - 2) bx = px - 10 - boxWidth;
    bx = Math.max(2, bx);
    const by = f.top;
    ctx.fillStyle = 'rgba(42, 33, 24, 0.9)';
    ctx.beginPath();
    ctx.rect(bx, by, boxWidth, boxHeight);
    ctx.fill();
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#ffffff';
    ctx.fillText(title, bx + pad, by + pad);
    rows.forEach((row, i) => {
      const ty = by + pad + line * (i + 1);
      ctx.fillStyle = row.style.color === PALETTE.baseline ? '#c9d2de' : row.style.color;
      ctx.fillRect(bx + pad, ty + line * 0.25, 10, line * 0.45);
      ctx.fillStyle = '#ffffff';
      ctx.fillText(row.text, bx + pad + 16, ty);
    });
  }

  /** The year index nearest the pointer, or null outside the plot. */
  function yearAt(clientX: number): number | null {
    const spec = latest;
    if (!spec || !size || spec.years.length === 0) return null;
    const rect = canvas.getBoundingClientRect();
    const f = frame(spec, size.width, size.height, fontSize(size.width));
    const x = ((clientX - rect.left) / (rect.width || 1)) * size.width;
    if (x < f.left - 8 || x > f.right + 8) return null;
    let best = 0;
    let bestDistance = Infinity;
    spec.years.forEach((year, i) => {
      const d = Math.abs(f.x(year) - x);
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    });
    return best;
  }

  const onMove = (event: PointerEvent): void => {
    const next = yearAt(event.clientX);
    if (next !== hover) {
      hover = next;
      draw();
    }
  };
  const onLeave = (): void => {
    if (hover === null) return;
    hover = null;
    draw();
  };
  canvas.addEventListener('pointermove', onMove);
  canvas.addEventListener('pointerdown', onMove);
  canvas.addEventListener('pointerleave', onLeave);

  const observer =
    box && view && 'ResizeObserver' in view
      ? new view.ResizeObserver((entries) => {
          const entry = entries[entries.length - 1];
          if (!entry || !size) return;
          const width = Math.floor(entry.contentRect.width);
          const height = Math.floor(entry.contentRect.height || size.height);
          if (width === size.width && height === size.height) return;
          resize(width, height);
          draw();
        })
      : null;
  if (box) observer?.observe(box);

  return {
    set(spec) {
      latest = spec;
      if (hover !== null && hover >= spec.years.length) hover = null;
      draw();
      resolveReady();
    },
    label(text) {
      if (canvas.getAttribute('aria-label') !== text) canvas.setAttribute('aria-label', text);
    },
    ready: () => readyPromise,
    setTextScale(scale) {
      if (scale === textScale) return;
      textScale = scale;
      draw();
    },
    destroy() {
      observer?.disconnect();
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerdown', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      latest = null;
    },
  };
}
