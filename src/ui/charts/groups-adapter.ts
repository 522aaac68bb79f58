// Who gains, who loses, on chart.js: per group, the difference from no new policy in income per
// person and in people, as two horizontal bars (colour and pattern differ: solid for income, lighter
// for people), on a symmetric axis of signed percentages. Specs from src/view/groups.ts.
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatSignedTick } from '../../view/chart-specs';
import { formatSignedPct } from '../../view/format';
import type { GroupsView } from '../../view/groups';
import { t } from '../i18n';
import { createSlot, type Adapter, type ChartSlot } from './chart-view';
import { background, font, namesAxis, PALETTE, withAlpha } from './chart-style';

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
