// The one file that runs chart.js (and chartjs-plugin-annotation). It turns renderer-free specs into
// charts on a given <canvas>, through one adapter per chart family (outcome-adapter.ts: the outcome
// lines; waterfall-adapter.ts: why it changed; groups-adapter.ts: who gains, who loses), which build
// chart.js configurations and touch the library's types only. Both libraries are loaded with
// dynamic import() the first time a chart is drawn, so they stay out of the first page load. A slot
// draws as soon as the library is there and then updates the same chart in place
// (chart.update('none')) whenever it is given a new spec.
//
// Creating a chart costs tens of milliseconds on a slow laptop (its layout reads styles and sizes),
// so a new chart waits until its canvas is on screen (or near it: a folded section opened, a report
// scrolled) and new charts are made one per frame, in the order they were asked for: the year
// report's growth chart paints first, and a screen full of charts never freezes the page.
//
// The look (palette, fonts, background) is in chart-style.ts.
import type { Chart, ChartConfiguration } from 'chart.js';
import { setAttr } from '../component';
import { whenIdle } from '../../platform/after-paint';
import { PALETTE } from './chart-style';

type ChartJs = typeof import('chart.js');

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

export interface ChartSlot<S> {
  readonly canvas: HTMLCanvasElement;
  /** Draws the spec (the first time) or updates the chart in place. */
  set(spec: S): void;
  /** The chart as a PNG of a fixed size, with its title and legend drawn in (null before the first spec). */
  png(): Promise<Blob | null>;
  destroy(): void;
}

export interface Adapter<S> {
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

export function createSlot<S>(canvas: HTMLCanvasElement, adapter: Adapter<S>): ChartSlot<S> {
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
