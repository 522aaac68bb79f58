// The outcome line charts on chart.js: the player's path solid with round markers, the baseline
// dashed with triangles, the band a shaded area, history dash-dotted with squares; marked years as
// vertical lines (event, policy and shock marks differ in dash and symbol as well as colour) and the
// scenario's goal as a level line. Specs from src/view/chart-specs/outcomes.ts.
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { formatTick, formatY, seriesOf, yearTicks, type AnnotationKind, type ChartSpec } from '../../view/chart-specs';
import { t } from '../i18n';
import { createSlot, type Adapter, type ChartSlot } from './chart-view';
import { background, font, fontSize, PALETTE, withAlpha } from './chart-style';

type LineData = ChartDataset<'line', { x: number; y: number | null }[]> & { cplRole?: string };

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
