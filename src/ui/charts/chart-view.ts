// The one file that touches chart.js (and chartjs-plugin-annotation). It turns renderer-free specs
// (src/view/chart-specs.ts, src/view/waterfall.ts) into charts on a given <canvas>. Both libraries are
// loaded with dynamic import() the first time a chart is drawn, so they stay out of the first page
// load. A slot draws as soon as the library is there and then updates the same chart in place
// (chart.update('none')) whenever it is given a new spec.
//
// Creating a chart costs tens of milliseconds on a slow laptop (its layout reads styles and sizes),
// so a new chart waits until its canvas is on screen (or near it: a folded section opened, a report
// scrolled) and new charts are made one per frame, in the order they were asked for: the year
// report's growth chart paints first, and a screen full of charts never freezes the page.
//
// Look: the Okabe–Ito colour-blind-safe palette, with a second cue for each colour (the player's line
// is solid with round markers, the baseline dashed with triangles, the band a shaded area; event,
// policy and shock marks differ in dash as well as colour). Fonts scale with the chart's width, large
// enough for a projector, small enough for a phone.
import type { Chart, ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { formatSignedTick, formatTick, formatY, seriesOf, yearTicks, type AnnotationKind, type ChartSpec } from '../../view/chart-specs';
import { formatSignedPct } from '../../view/format';
import { waterfallBars, type WaterfallSpec } from '../../view/waterfall';
import type { GroupsView } from '../../view/groups';
import { t } from '../i18n';
import { setAttr } from '../component';
import { whenIdle } from '../../platform/after-paint';

type ChartJs = typeof import('chart.js');
type LineData = ChartDataset<'line', { x: number; y: number | null }[]> & { cplRole?: string };

/** Okabe–Ito colours, and the greys and paper of the app's style sheet. */
export const PALETTE = {
  player: '#0072B2', // blue
  baseline: '#56657a', // grey-blue (a neutral, not a palette hue: "nothing done")
  history: '#8a3f76', // Okabe–Ito's reddish purple, darkened to 3:1 on the card (what the real government did)
  band: 'rgba(86, 101, 122, 0.16)',
  event: '#E69F00', // orange
  policy: '#009E73', // bluish green
  shock: '#D55E00', // vermillion
  good: '#0072B2',
  bad: '#D55E00',
  total: '#56657a',
  ink: '#2a2118',
  inkMuted: '#5c4e3f',
  grid: 'rgba(42, 33, 24, 0.12)',
  card: '#fffdf8',
} as const;

const MARK_STYLE: Record<AnnotationKind, { color: string; dash: number[]; symbol: string }> = {
  policy: { color: PALETTE.policy, dash: [], symbol: '◆' },
  event: { color: PALETTE.event, dash: [2, 3], symbol: '★' },
  shock: { color: PALETTE.shock, dash: [7, 3, 2, 3], symbol: '▼' },
};
/** When several marks share a year, the line takes the first of these kinds. */
const MARK_PRIORITY: readonly AnnotationKind[] = ['shock', 'event', 'policy'];

export function markSymbol(kind: AnnotationKind): string {
  return MARK_STYLE[kind].symbol;
}
export function markColor(kind: AnnotationKind): string {
  return MARK_STYLE[kind].color;
}

/** '#RRGGBB' with an alpha, as rgba(). */
function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

let library: Promise<ChartJs> | null = null;
/** The library once loaded, so printing can make waiting charts at once. */
let loaded: ChartJs | null = null;

/** Loads chart.js and the annotation plugin once, registering only what the charts use. */
export function loadChartLibrary(): Promise<ChartJs> {
  library ??= Promise.all([import('chart.js'), import('chartjs-plugin-annotation')]).then(([chartjs, annotation]) => {
    chartjs.Chart.register(
      chartjs.LineController,
      chartjs.LineElement,
      chartjs.PointElement,
      chartjs.BarController,
      chartjs.BarElement,
      chartjs.LinearScale,
      chartjs.CategoryScale,
      chartjs.Filler,
      chartjs.Tooltip,
      chartjs.Legend,
      chartjs.Title,
      chartjs.SubTitle,
      annotation.default,
    );
    const defaults = chartjs.Chart.defaults;
    defaults.font.family = getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif';
    defaults.color = PALETTE.ink;
    loaded = chartjs;
    defaults.borderColor = PALETTE.grid;
    watchPrinting();
    return chartjs;
  });
  return library;
}

/** Font size for a chart of this width: 12 px on a phone, up to 16 px on a wide screen or projector. */
function fontSize(width: number, scale = 1): number {
  return Math.round((width < 380 ? 12 : width < 560 ? 13.5 : width < 800 ? 15 : 16) * scale);
}
/** A scriptable font: its size follows the chart's width. */
const font =
  (scale = 1, weight?: 'bold') =>
  (ctx: { chart: Chart }): { size: number; weight?: 'bold' } => ({
    size: fontSize(ctx.chart.width, scale),
    ...(weight ? { weight } : {}),
  });

/** Paints the card colour behind the chart, so a downloaded PNG is not transparent. */
const background: Plugin = {
  id: 'cplBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = PALETTE.card;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
  // How many times the chart has been drawn, on its canvas: the browser benchmark times "painted" by it.
  afterDraw(chart) {
    const canvas = chart.canvas;
    canvas.dataset.drawn = String(Number(canvas.dataset.drawn ?? 0) + 1);
  },
};

export interface ChartSlot<S> {
  readonly canvas: HTMLCanvasElement;
  /** Draws the spec (the first time) or updates the chart in place. */
  set(spec: S): void;
  /** The chart as a PNG of a fixed size, with its title and legend drawn in (null before the first spec). */
  png(): Promise<Blob | null>;
  destroy(): void;
}

interface Adapter<S> {
  config(spec: S): ChartConfiguration;
  /** Puts a new spec into an existing chart (data, scales, annotations). */
  apply(chart: Chart, spec: S): void;
  label(spec: S): string;
  /** Size of the PNG export, CSS pixels (drawn at EXPORT_PIXEL_RATIO). */
  exportSize(spec: S): { width: number; height: number };
  /** Whether the PNG shows a legend (the title is always drawn in). */
  exportLegend: boolean;
}

/** PNGs are drawn at this pixel ratio: sharp on slides and in print. */
export const EXPORT_PIXEL_RATIO = 2;

/**
 * Draws the spec once more on a detached canvas of a fixed size, with its title (and legend) drawn
 * in, and returns it as a PNG: the file looks the same whatever the screen it was made on. (On
 * screen, titles and legends are HTML.)
 */
async function exportPng<S>(doc: Document, adapter: Adapter<S>, spec: S): Promise<Blob | null> {
  const chartjs = await loadChartLibrary();
  const { width, height } = adapter.exportSize(spec);
  const host = doc.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px;`;
  const canvas = doc.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  host.append(canvas);
  doc.body.append(host);
  const config = adapter.config(spec);
  const options = (config.options ??= {});
  options.responsive = false;
  options.devicePixelRatio = EXPORT_PIXEL_RATIO;
  const plugins = (options.plugins ??= {});
  if (plugins.title) plugins.title.display = true;
  if (plugins.subtitle) plugins.subtitle.display = Boolean(plugins.subtitle.text);
  if (plugins.legend) plugins.legend.display = adapter.exportLegend;
  const chart = new chartjs.Chart(canvas, config);
  try {
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    chart.destroy();
    host.remove();
  }
}

// Updates share a frame up to a budget; the rest wait for the next frame, in the order asked for, so
// the year report's growth chart is drawn in the frame that answers End year and the employment and
// poverty charts a frame or two later. Each update costs 4 to 10 ms without a GPU (so one a frame
// there, on top of the frame's own layout and paint) and about 1 ms with one (several a frame).
const FRAME_BUDGET_MS = 4;
let frameStamp = -1;
let frameSpent = 0;

/** Whether an update fits in the frame stamped `frame` (a frame's first update always does). */
function frameHasRoom(frame: number): boolean {
  if (frame !== frameStamp) {
    frameStamp = frame;
    frameSpent = 0;
  }
  return frameSpent < FRAME_BUDGET_MS;
}

function createSlot<S>(canvas: HTMLCanvasElement, adapter: Adapter<S>): ChartSlot<S> {
  let chart: Chart | null = null;
  let latest: S | null = null;
  let destroyed = false;
  let requested = false;
  canvas.setAttribute('role', 'img');

  const create = (chartjs: ChartJs): void => {
    if (destroyed || chart || latest === null) return;
    chart = new chartjs.Chart(canvas, adapter.config(latest));
    setAttr(canvas, 'role', 'img');
    setAttr(canvas, 'aria-label', adapter.label(latest));
    live.add(chart);
  };

  const draw = (frame?: number): void => {
    if (destroyed || latest === null) {
      requested = false;
      return;
    }
    const view = canvas.ownerDocument.defaultView;
    if (chart && frame !== undefined && view && !frameHasRoom(frame)) {
      view.requestAnimationFrame(draw);
      return;
    }
    requested = false;
    const spec = latest;
    setAttr(canvas, 'aria-label', adapter.label(spec));
    if (chart) {
      const start = performance.now();
      adapter.apply(chart, spec);
      chart.update('none');
      frameSpent += performance.now() - start;
      return;
    }
    // The library starts loading now; the chart is made once the canvas is in sight, in its turn.
    void loadChartLibrary();
    whenInSight(canvas, () => (loaded ? create(loaded) : void loadChartLibrary().then(create)));
  };

  return {
    canvas,
    set(spec) {
      latest = spec;
      // At most one redraw per animation frame, however often the spec changes.
      if (requested) return;
      requested = true;
      const view = canvas.ownerDocument.defaultView;
      if (view?.requestAnimationFrame) view.requestAnimationFrame(draw);
      else draw();
    },
    async png() {
      return latest === null ? null : exportPng(canvas.ownerDocument, adapter, latest);
    },
    destroy() {
      destroyed = true;
      forget(canvas);
      if (chart) {
        live.delete(chart);
        chart.destroy();
      }
      chart = null;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Outcome line charts.

function lineDatasets(spec: ChartSpec): LineData[] {
  const sets: LineData[] = [];
  const low = seriesOf(spec, 'band-low');
  const high = seriesOf(spec, 'band-high');
  if (low && high) {
    sets.push({
      cplRole: 'band-low',
      label: '',
      data: low.points,
      borderWidth: 0,
      pointRadius: 0,
      pointHitRadius: 0,
      fill: false,
      order: 3,
    });
    sets.push({
      cplRole: 'band-high',
      label: t(high.label),
      data: high.points,
      borderWidth: 0,
      pointRadius: 0,
      pointHitRadius: 0,
      backgroundColor: PALETTE.band,
      fill: '-1',
      order: 3,
      pointStyle: 'rect',
    });
  }
  const baseline = seriesOf(spec, 'baseline');
  if (baseline) {
    sets.push({
      label: t(baseline.label),
      data: baseline.points,
      borderColor: PALETTE.baseline,
      backgroundColor: PALETTE.baseline,
      borderWidth: 2.5,
      borderDash: [9, 6],
      pointStyle: 'triangle',
      pointRadius: (ctx) => (ctx.chart.width < 380 ? 2.5 : 3.5),
      pointHoverRadius: 6,
      spanGaps: false,
      order: 2,
    });
  }
  // History mode: what the real government did, dash-dotted with squares (a cue beyond colour).
  const history = seriesOf(spec, 'history');
  if (history) {
    sets.push({
      cplRole: 'history',
      label: t(history.label),
      data: history.points,
      borderColor: PALETTE.history,
      backgroundColor: PALETTE.history,
      borderWidth: 2.5,
      borderDash: [12, 4, 2, 4],
      pointStyle: 'rectRot',
      pointRadius: (ctx) => (ctx.chart.width < 380 ? 3 : 4),
      pointHoverRadius: 6,
      spanGaps: false,
      order: 2,
    });
  }
  const player = seriesOf(spec, 'player');
  if (player) {
    sets.push({
      label: t(player.label),
      data: player.points,
      borderColor: PALETTE.player,
      backgroundColor: PALETTE.player,
      borderWidth: 3.5,
      pointStyle: 'circle',
      pointRadius: (ctx) => (ctx.chart.width < 380 ? 3 : 4.5),
      pointHoverRadius: 7,
      order: 1,
    });
  }
  return sets;
}

/** One vertical line per marked year (marks of one year share a line), labelled on wide charts. */
function markAnnotations(spec: ChartSpec): Record<string, AnnotationOptions> {
  const byYear = new Map<number, AnnotationKind[]>();
  for (const a of spec.annotations) {
    const kinds = byYear.get(a.year) ?? [];
    if (!kinds.includes(a.kind)) kinds.push(a.kind);
    byYear.set(a.year, kinds);
  }
  const out: Record<string, AnnotationOptions> = {};
  let i = 0;
  for (const [year, kinds] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const lead = MARK_PRIORITY.find((k) => kinds.includes(k)) ?? 'policy';
    const style = MARK_STYLE[lead];
    const symbols = MARK_PRIORITY.filter((k) => kinds.includes(k))
      .map((k) => MARK_STYLE[k].symbol)
      .join('');
    out[`mark-${year}`] = {
      type: 'line',
      scaleID: 'x',
      value: year,
      borderColor: withAlpha(style.color, 0.75),
      borderWidth: 1.5,
      borderDash: style.dash,
      drawTime: 'beforeDatasetsDraw',
      label: {
        display: true,
        content: symbols,
        position: 'start',
        yAdjust: -2,
        backgroundColor: PALETTE.card,
        color: style.color,
        borderColor: style.color,
        borderWidth: 1.5,
        borderRadius: 4,
        padding: { x: 4, y: 1 },
        font: (ctx) => ({ size: fontSize(ctx.chart.width), weight: 'bold' }),
        // Alternate the label height so neighbouring years do not overlap.
        ...(i % 2 === 1 ? { yAdjust: 24 } : {}),
      },
    };
    i += 1;
  }
  return out;
}

/** The scenario's goal for the indicator as a level line (the axis stretches to show it). */
function goalAnnotation(spec: ChartSpec): Record<string, AnnotationOptions> {
  if (!spec.goal) return {};
  return {
    goal: {
      type: 'line',
      scaleID: 'y',
      value: spec.goal.y,
      borderColor: PALETTE.ink,
      borderWidth: 1.5,
      borderDash: [10, 4],
      drawTime: 'beforeDatasetsDraw',
      label: {
        display: true,
        content: spec.goal.text,
        position: 'end',
        backgroundColor: PALETTE.card,
        color: PALETTE.ink,
        borderColor: PALETTE.ink,
        borderWidth: 1,
        borderRadius: 4,
        padding: { x: 4, y: 1 },
        font: (ctx) => ({ size: fontSize(ctx.chart.width, 0.9), weight: 'bold' }),
      },
    },
  };
}

/** The years shown, with a little room either side so end points and marks are not cut. */
function xRange(spec: ChartSpec): { min: number; max: number } {
  const xs = seriesOf(spec, 'player')?.points.map((p) => p.x) ?? [];
  if (xs.length === 0) return { min: 0, max: 1 };
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  return min === max ? { min: min - 1, max: max + 1 } : { min: min - 0.3, max: max + 0.3 };
}

function marksKey(spec: ChartSpec): string {
  const kinds = MARK_PRIORITY.filter((kind) => spec.annotations.some((a) => a.kind === kind));
  const words: Record<AnnotationKind, string> = { policy: t('policy change'), event: t('event'), shock: t('shock') };
  return kinds.map((kind) => `${MARK_STYLE[kind].symbol} ${words[kind]}`).join('    ');
}

function lineTitle(spec: ChartSpec): string {
  return `${t(spec.indicator)} (${t(spec.unit)})`;
}

const lineAdapter: Adapter<ChartSpec> = {
  label: (spec) => spec.ariaLabel,
  exportSize: () => ({ width: 960, height: 560 }),
  exportLegend: true,
  config(spec) {
    const config: ChartConfiguration<'line', { x: number; y: number | null }[]> = {
      type: 'line',
      data: { datasets: lineDatasets(spec) },
      plugins: [background],
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        normalized: true,
        layout: { padding: { top: 30, right: 10, left: 2, bottom: 0 } },
        interaction: { mode: 'index', axis: 'x', intersect: false },
        scales: {
          x: {
            type: 'linear',
            ...xRange(spec),
            offset: false,
            grid: { display: false },
            // Whole years only, never on the padding, thinned to fit the chart's width (yearTicks).
            afterBuildTicks: (axis) => {
              const width = axis.chart.width * 0.85;
              axis.ticks = yearTicks(axis.min, axis.max, width, fontSize(axis.chart.width)).map((value) => ({ value }));
            },
            ticks: {
              stepSize: 1,
              precision: 0,
              autoSkip: false,
              maxRotation: 0,
              font: font(),
              color: PALETTE.inkMuted,
              callback: (value) => String(value),
            },
          },
          y: {
            beginAtZero: spec.beginAtZero,
            grace: '8%',
            grid: { color: PALETTE.grid },
            border: { display: false },
            ticks: {
              maxTicksLimit: 6,
              font: font(),
              color: PALETTE.inkMuted,
              callback: (value) => formatTick(spec.yFormat, Number(value)),
            },
          },
        },
        plugins: {
          title: {
            display: false,
            text: lineTitle(spec),
            font: font(1.15, 'bold'),
            color: PALETTE.ink,
            padding: { bottom: 4 },
          },
          // The key to the marks, drawn into the PNG only (on screen the HTML key says it).
          subtitle: {
            display: false,
            text: marksKey(spec),
            font: font(0.95),
            color: PALETTE.inkMuted,
            padding: { bottom: 6 },
          },
          legend: {
            display: false,
            position: 'bottom',
            labels: {
              usePointStyle: true,
              font: font(),
              color: PALETTE.ink,
              filter: (item) => item.text !== '',
            },
          },
          tooltip: {
            titleFont: font(),
            bodyFont: font(),
            callbacks: {
              title: (items: TooltipItem<'line'>[]) => String(items[0]?.parsed.x ?? ''),
              label: (item: TooltipItem<'line'>) => {
                const role = (item.dataset as LineData).cplRole;
                if (role !== 'band-high') return `${item.dataset.label ?? ''}: ${formatY(spec.yFormat, item.parsed.y)}`;
                const low = item.chart.data.datasets.find((d) => (d as LineData).cplRole === 'band-low');
                const lowPoint = low?.data[item.dataIndex] as { y: number | null } | undefined;
                return `${item.dataset.label ?? ''}: ${formatY(spec.yFormat, lowPoint?.y ?? null)} – ${formatY(spec.yFormat, item.parsed.y)}`;
              },
            },
            filter: (item: TooltipItem<'line'>) => (item.dataset as LineData).cplRole !== 'band-low',
          },
          annotation: { annotations: { ...markAnnotations(spec), ...goalAnnotation(spec) } },
        },
      },
    };
    return config as unknown as ChartConfiguration;
  },
  apply(chart, spec) {
    // The same series as before (the usual case from one year to the next): updated in place, so
    // Chart.js keeps each dataset's controller and elements instead of building them again.
    const next = lineDatasets(spec) as unknown as typeof chart.data.datasets;
    const current = chart.data.datasets;
    if (current.length === next.length && current.every((d, i) => d.label === next[i]?.label)) {
      next.forEach((d, i) => {
        const kept = current[i] as unknown as Record<string, unknown>;
        for (const key of Object.keys(kept)) if (!(key in d)) delete kept[key];
        Object.assign(kept, d);
      });
    } else chart.data.datasets = next;
    const x = chart.options.scales?.x;
    if (x) Object.assign(x, xRange(spec));
    const plugins = chart.options.plugins;
    if (plugins?.title) plugins.title.text = lineTitle(spec);
    if (plugins?.subtitle) plugins.subtitle.text = marksKey(spec);
    if (plugins?.annotation) plugins.annotation.annotations = { ...markAnnotations(spec), ...goalAnnotation(spec) };
  },
};

export function lineChartSlot(canvas: HTMLCanvasElement): ChartSlot<ChartSpec> {
  return createSlot(canvas, lineAdapter);
}

// ---------------------------------------------------------------------------------------------
// Waterfalls: horizontal floating bars, start level, contributions, end level.

interface WaterfallRow {
  label: string;
  range: [number, number];
  color: string;
  text: string;
}

/** Changes only, on an axis that includes zero (src/view/waterfall.ts waterfallBars). */
function waterfallRows(spec: WaterfallSpec): { rows: WaterfallRow[]; min: number; max: number } {
  const { bars, min, max } = waterfallBars(spec);
  const rows = bars.map(
    (b): WaterfallRow => ({
      label: b.kind === 'step' ? t(b.label) : b.label,
      range: b.range,
      color: b.kind === 'total' ? PALETTE.total : b.good ? PALETTE.good : PALETTE.bad,
      text: b.text,
    }),
  );
  return { rows, min, max };
}

/** Writes each bar's value beside it (the number is the point; the bar shows where it goes). */
const barValues: Plugin<'bar'> = {
  id: 'cplBarValues',
  afterDatasetsDraw(chart) {
    const meta = chart.getDatasetMeta(0);
    const texts = (chart.data.datasets[0] as unknown as { texts?: string[] }).texts ?? [];
    const { ctx } = chart;
    ctx.save();
    ctx.font = `600 ${fontSize(chart.width, 0.95)}px ${chart.options.font?.family ?? 'sans-serif'}`;
    ctx.textBaseline = 'middle';
    const area = chart.chartArea;
    meta.data.forEach((bar, i) => {
      const text = texts[i];
      if (!text) return;
      const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
      const right = Math.max(x, base);
      const left = Math.min(x, base);
      const width = ctx.measureText(text).width;
      // Beside the bar where there is room (right, then left); otherwise inside it, in white.
      if (right + 6 + width <= area.right) {
        ctx.fillStyle = PALETTE.ink;
        ctx.textAlign = 'left';
        ctx.fillText(text, right + 6, y);
      } else if (left - 6 - width >= area.left) {
        ctx.fillStyle = PALETTE.ink;
        ctx.textAlign = 'right';
        ctx.fillText(text, left - 6, y);
      } else {
        ctx.fillStyle = '#ffffff';
        ctx.textAlign = 'right';
        ctx.fillText(text, right - 6, y);
      }
    });
    ctx.restore();
  },
};

/** Splits a label into lines of about `width` characters at spaces. */
function wrapLabel(label: string, width: number): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function waterfallData(spec: WaterfallSpec) {
  const { rows } = waterfallRows(spec);
  return {
    labels: rows.map((r) => r.label),
    datasets: [
      {
        label: t(spec.indicator),
        data: rows.map((r) => r.range),
        backgroundColor: rows.map((r) => r.color),
        borderColor: rows.map((r) => r.color),
        borderWidth: 0,
        borderSkipped: false,
        barPercentage: 0.8,
        categoryPercentage: 0.9,
        texts: rows.map((r) => r.text),
      },
    ],
  };
}

function waterfallTitle(spec: WaterfallSpec): string {
  return t('{indicator}: why it changed in {year}', { indicator: t(spec.indicator), year: spec.year });
}

/** A bar chart's category axis of names: long names wrap onto lines of `width` characters on narrow charts, rather than being cut. */
function namesAxis(width: number) {
  return {
    grid: { display: false },
    ticks: {
      font: font() as never,
      color: PALETTE.ink,
      autoSkip: false,
      callback(this: { getLabelForValue(value: number): string; chart: { width: number } }, value: string | number) {
        const label = String(this.getLabelForValue(Number(value)));
        return this.chart.width < 520 ? wrapLabel(label, width) : label;
      },
    },
  };
}

const waterfallAdapter: Adapter<WaterfallSpec> = {
  exportSize: (spec) => ({ width: 960, height: 110 + (spec.steps.length + 1) * 44 }),
  exportLegend: false,
  label: (spec) => `${spec.sentence} ${t('Data table below.')}`,
  config(spec) {
    const { min, max } = waterfallRows(spec);
    const config: ChartConfiguration<'bar'> = {
      type: 'bar',
      data: waterfallData(spec) as ChartConfiguration<'bar'>['data'],
      plugins: [background, barValues],
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: { padding: { right: 8 } },
        scales: {
          x: {
            min,
            max,
            grid: { color: PALETTE.grid },
            border: { display: false },
            ticks: { display: false },
          },
          y: namesAxis(18),
        },
        plugins: {
          title: { display: false, text: waterfallTitle(spec), font: font(1.1, 'bold') as never, color: PALETTE.ink },
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) => (item.dataset as unknown as { texts?: string[] }).texts?.[item.dataIndex] ?? '',
            },
          },
        },
      },
    };
    return config as unknown as ChartConfiguration;
  },
  apply(chart, spec) {
    const { min, max } = waterfallRows(spec);
    chart.data = waterfallData(spec) as typeof chart.data;
    const x = chart.options.scales?.x;
    if (x) Object.assign(x, { min, max });
    const plugins = chart.options.plugins;
    if (plugins?.title) plugins.title.text = waterfallTitle(spec);
  },
};

export function waterfallSlot(canvas: HTMLCanvasElement): ChartSlot<WaterfallSpec> {
  return createSlot(canvas, waterfallAdapter);
}

// ---------------------------------------------------------------------------------------------
// Who gains, who loses: per group, the difference from no new policy in income per person and in
// people, as two horizontal bars (colour and pattern differ: solid for income, lighter for people).

const GROUP_SERIES = [
  { key: 'incomeChangePct', label: 'Income per person', color: PALETTE.player },
  { key: 'peopleChangePct', label: 'People', color: PALETTE.event },
] as const;

function groupsData(view: GroupsView) {
  return {
    labels: view.rows.map((r) => t(r.label)),
    datasets: GROUP_SERIES.map((series, i) => ({
      label: t(series.label),
      data: view.rows.map((r) => r[series.key]),
      backgroundColor: i === 0 ? series.color : withAlpha(series.color, 0.55),
      borderColor: series.color,
      borderWidth: i === 0 ? 0 : 2,
      barPercentage: 0.85,
      categoryPercentage: 0.8,
    })),
  };
}

/** Axis ends, percent: the first that holds the largest difference (never narrower than ±5 %). */
const GROUP_AXIS_EDGES = [5, 10, 20, 30, 40, 60, 80, 100, 150, 200, 300, 500, 1000];

/** A symmetric axis with ticks at its ends, halves and zero, so the labels fit a phone upright. */
function groupsRange(view: GroupsView): { min: number; max: number; step: number } {
  const values = view.rows.flatMap((r) => [r.incomeChangePct, r.peopleChangePct]);
  const most = Math.max(...values.map((v) => Math.abs(v)));
  const edge = GROUP_AXIS_EDGES.find((e) => e >= most) ?? Math.ceil(most / 1000) * 1000;
  return { min: -edge, max: edge, step: edge / 2 };
}

function groupsTitle(view: GroupsView): string {
  return t('Who gains, who loses in {year}: difference from no new policy', { year: view.year });
}

const groupsAdapter: Adapter<GroupsView> = {
  exportSize: () => ({ width: 960, height: 520 }),
  exportLegend: true,
  label: (view) => `${view.sentence} ${t('Data table below.')}`,
  config(view) {
    const { min, max, step } = groupsRange(view);
    const config: ChartConfiguration<'bar'> = {
      type: 'bar',
      data: groupsData(view) as ChartConfiguration<'bar'>['data'],
      plugins: [background],
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            min,
            max,
            grid: { color: (ctx) => (ctx.tick?.value === 0 ? PALETTE.ink : PALETTE.grid) },
            border: { display: false },
            ticks: {
              stepSize: step,
              // Upright labels; on a phone chart.js leaves out every other one rather than tilt them.
              maxRotation: 0,
              font: font() as never,
              color: PALETTE.inkMuted,
              callback: (value) => formatSignedTick(Number(value)),
            },
          },
          y: namesAxis(16),
        },
        plugins: {
          title: { display: false, text: groupsTitle(view), font: font(1.1, 'bold') as never, color: PALETTE.ink },
          legend: { display: true, position: 'bottom', labels: { font: font() as never, color: PALETTE.ink } },
          tooltip: {
            callbacks: {
              label: (item: TooltipItem<'bar'>) =>
                `${String(item.dataset.label)}: ${formatSignedPct(Number(item.raw), { digits: 1 })}`,
            },
          },
        },
      },
    };
    return config as unknown as ChartConfiguration;
  },
  apply(chart, view) {
    chart.data = groupsData(view) as typeof chart.data;
    const { min, max, step } = groupsRange(view);
    const x = chart.options.scales?.x;
    if (x) {
      Object.assign(x, { min, max });
      if (x.ticks) Object.assign(x.ticks, { stepSize: step });
    }
    const plugins = chart.options.plugins;
    if (plugins?.title) plugins.title.text = groupsTitle(view);
  },
};

/** The "Who gains, who loses" bar chart (src/ui/groups-panel.ts). */
export function groupsSlot(canvas: HTMLCanvasElement): ChartSlot<GroupsView> {
  return createSlot(canvas, groupsAdapter);
}

// ---------------------------------------------------------------------------------------------
// Making charts when they come into sight, one per frame.

/** Charts to make once their canvas is in sight, by canvas. */
const waiting = new Map<HTMLCanvasElement, () => void>();
/** Charts whose canvas is in sight, to make one per frame in this order. */
const due: (() => void)[] = [];
let pumping = false;
let sight: IntersectionObserver | null = null;

function makeNextChart(): void {
  due.shift()?.();
  if (due.length > 0) requestAnimationFrame(makeNextChart);
  else pumping = false;
}

function makeInTurn(make: () => void): void {
  due.push(make);
  if (pumping) return;
  pumping = true;
  requestAnimationFrame(makeNextChart);
}

function whenInSight(canvas: HTMLCanvasElement, make: () => void): void {
  const view = canvas.ownerDocument.defaultView;
  if (!view?.IntersectionObserver || !view.requestAnimationFrame) {
    make();
    return;
  }
  watchPrinting();
  sight ??= new view.IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const target = entry.target as HTMLCanvasElement;
        const pending = waiting.get(target);
        sight?.unobserve(target);
        waiting.delete(target);
        if (pending) makeInTurn(pending);
      }
    },
    // A screen's height ahead, so a chart scrolled to is usually there already.
    { rootMargin: '100% 0px' },
  );
  waiting.set(canvas, make);
  sight.observe(canvas);
  if (canvas.closest('[data-charts-ahead]')) makeWhenIdle(canvas);
}

// Charts inside an element marked data-charts-ahead are made in idle time, out of sight: the year
// report's headline charts, made while the player plans the first year. Making a chart costs about
// 50 ms in software, updating one about 5, so the first End year then only updates them.

/** Canvases to make in idle time, in order. */
const ahead: HTMLCanvasElement[] = [];
let aheadScheduled = false;
/**
 * An idle period worth starting a chart in. While the town animates, idle periods end at the next
 * frame (16 ms at most), so the wait for one is capped.
 */
const AHEAD_IDLE_MS = 10;
const AHEAD_MAX_WAIT_MS = 2000;

function makeWhenIdle(canvas: HTMLCanvasElement): void {
  ahead.push(canvas);
  scheduleAhead(canvas.ownerDocument.defaultView, performance.now());
}

function scheduleAhead(view: Window | null, since: number): void {
  if (aheadScheduled || ahead.length === 0 || !view) return;
  aheadScheduled = true;
  const run = (deadline?: IdleDeadline): void => {
    aheadScheduled = false;
    const waited = performance.now() - since > AHEAD_MAX_WAIT_MS;
    if (deadline && !deadline.didTimeout && !waited && deadline.timeRemaining() < AHEAD_IDLE_MS) {
      scheduleAhead(view, since);
      return;
    }
    // One chart per idle period; a chart already made (it came into sight) or gone is skipped.
    while (ahead.length > 0) {
      const canvas = ahead.shift() as HTMLCanvasElement;
      const make = waiting.get(canvas);
      if (!make || !canvas.isConnected) continue;
      sight?.unobserve(canvas);
      waiting.delete(canvas);
      make();
      break;
    }
    scheduleAhead(view, performance.now());
  };
  whenIdle(view, run, AHEAD_MAX_WAIT_MS);
}

function forget(canvas: HTMLCanvasElement): void {
  if (waiting.delete(canvas)) sight?.unobserve(canvas);
}

// ---------------------------------------------------------------------------------------------
// Printing: charts inside the debrief are drawn at a fixed size on paper (see print.css).

const live = new Set<Chart>();
/** Drawing size of a headline chart in the printed memo, CSS pixels (print.css scales it to a third of the page width). */
export const PRINT_SIZE = { width: 270, height: 180 };

let printingWatched = false;
function watchPrinting(): void {
  if (printingWatched || typeof window === 'undefined') return;
  printingWatched = true;
  window.addEventListener('beforeprint', () => {
    // Paper shows every chart: make the ones still waiting to be seen (the library is there by now).
    if (loaded) {
      for (const [canvas, make] of waiting) {
        sight?.unobserve(canvas);
        make();
      }
      waiting.clear();
    }
    for (const chart of live) {
      if (chart.canvas.closest('[data-print-chart]')) chart.resize(PRINT_SIZE.width, PRINT_SIZE.height);
    }
  });
  window.addEventListener('afterprint', () => {
    for (const chart of live) chart.resize();
  });
}

/** For tests and tools: whether an element is a drawn chart's canvas. */
export function isDrawn(canvas: HTMLCanvasElement): boolean {
  for (const chart of live) if (chart.canvas === canvas) return true;
  return false;
}
