// Waterfalls on chart.js: horizontal floating bars, each step from the running change before it to
// the one after, the year's total last, with each bar's signed value written beside it. Specs from
// src/view/waterfall.ts (the year report's why-charts and the difference from no new policy).
import type { ChartConfiguration, Plugin } from 'chart.js';
import { waterfallBars, type WaterfallSpec } from '../../view/waterfall';
import { t } from '../i18n';
import { createSlot, type Adapter, type ChartSlot } from './chart-view';
import { background, font, fontSize, namesAxis, PALETTE } from './chart-style';

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
