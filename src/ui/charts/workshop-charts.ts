// The dashboard's charts: every team's trajectory overlaid on growth, employment and poverty with no
// new policy (the planner's canvas line chart, planner-chart.ts, one line per team with its own colour,
// dash and point shape), and the teams' budgets side by side (a stacked bar per year per team, SVG).
// Each chart has a text alternative and a data table.
import { LEVERS, type Lever } from '../../model';
import { CHART_DEFINITIONS } from '../../view/chart-specs';
import { formatShare } from '../../view/format';
import { LEVER_LABELS } from '../../view/labels';
import {
  PLANNER_CHARTS,
  plannerAriaLabel,
  plannerChartSpec,
  type PlannerChartId,
  type PlannerChartSpec,
  type PlannerRunInput,
} from '../../view/planner-charts';
import type { TeamAllocations } from '../../view/workshop-dashboard';
import { el } from '../component';
import { t } from '../i18n';
import { fillDataTable, lineSwatch } from '../planner-results';
import { mountPlannerChart, type PlannerChart } from './planner-chart';

/** Line styles in turn: the planner's plan style, then its four saved-plan styles (then again). */
export function teamRunStyle(index: number): Pick<PlannerRunInput, 'kind' | 'style'> {
  const k = index % 5;
  return k === 0 ? { kind: 'plan', style: 0 } : { kind: 'saved', style: k - 1 };
}

export interface TrajectoryInput {
  horizon: number;
  baseline: PlannerRunInput['states'];
  teams: { name: string; states: PlannerRunInput['states'] }[];
}

/** Text on the trajectory charts in the projector view, against their usual size (12 to 14 px). */
export const PROJECTOR_TEXT_SCALE = 1.6;

export interface TrajectoryCharts {
  element: HTMLElement;
  draw(input: TrajectoryInput): void;
  /** Large text for a projector, or the usual size. */
  setProjector(on: boolean): void;
  destroy(): void;
}

export function mountTrajectoryCharts(doc: Document): TrajectoryCharts {
  const element = el(doc, 'div', { class: 'ws-trajectories' });
  const legend = el(doc, 'ul', { class: 'chart-legend ws-legend' });
  const grid = el(doc, 'div', { class: 'ws-chart-grid' });
  interface Card {
    id: PlannerChartId;
    chart: PlannerChart;
    title: HTMLElement;
    summary: HTMLElement;
    details: HTMLDetailsElement;
    table: HTMLTableElement;
    spec: PlannerChartSpec | null;
  }
  const cards: Card[] = PLANNER_CHARTS.map((id) => {
    const figure = el(doc, 'figure', {
      class: 'chart-card ws-chart-card',
      'data-chart-id': id,
      'aria-labelledby': `ws-chart-${id}`,
    });
    const title = el(doc, 'h5', { class: 'chart-card__title', id: `ws-chart-${id}` });
    const box = el(doc, 'div', { class: 'ws-chart-box' });
    const canvas = el(doc, 'canvas', { role: 'img' });
    box.append(canvas);
    const details = el(doc, 'details', { class: 'chart-data' });
    const summary = el(doc, 'summary');
    const table = el(doc, 'table', { class: 'data-table' });
    const scroll = el(doc, 'div', {
      class: 'ws-table-scroll',
      role: 'region',
      'aria-labelledby': `ws-chart-${id}`,
      tabindex: '0',
    });
    scroll.append(table);
    details.append(summary, scroll);
    figure.append(title, box, details);
    grid.append(figure);
    const card: Card = { id, chart: mountPlannerChart(canvas), title, summary, details, table, spec: null };
    details.addEventListener('toggle', () => {
      if (details.open && card.spec) fillDataTable(doc, table, card.spec);
    });
    return card;
  });
  element.append(legend, grid);

  return {
    element,
    draw(input) {
      const runs: PlannerRunInput[] = [
        { id: 'baseline', label: t('No new policy'), kind: 'baseline', style: 0, states: input.baseline },
        ...input.teams.map((team, i): PlannerRunInput => ({
          id: `team-${i}`,
          label: team.name,
          ...teamRunStyle(i),
          states: team.states,
        })),
      ];
      for (const card of cards) {
        const spec = plannerChartSpec(card.id, runs, input.horizon, false);
        // The baseline's label may repeat a team's name; the text alternative names each line.
        spec.ariaLabel = plannerAriaLabel(spec);
        card.spec = spec;
        card.chart.set(spec);
        card.chart.label(spec.ariaLabel);
        const d = CHART_DEFINITIONS[card.id];
        card.title.replaceChildren(
          el(doc, 'span', { class: 'chart-card__name' }, t(d.indicator)),
          ' ',
          el(doc, 'span', { class: 'chart-card__unit' }, `(${t(d.unit)})`),
        );
        card.summary.textContent = t('Data table');
        if (card.details.open) fillDataTable(doc, card.table, spec);
      }
      legend.setAttribute('aria-label', t('Chart key'));
      legend.replaceChildren(
        ...runs.map((run) => {
          const item = el(doc, 'li', { class: 'chart-legend__item' });
          item.append(lineSwatch(doc, run), el(doc, 'span', {}, run.label));
          return item;
        }),
      );
    },
    setProjector(on) {
      for (const card of cards) card.chart.setTextScale(on ? PROJECTOR_TEXT_SCALE : 1);
    },
    destroy() {
      for (const card of cards) card.chart.destroy();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Allocations

const SVG = 'http://www.w3.org/2000/svg';
const BAR = { width: 14, gap: 6, height: 100, top: 4, bottom: 16 } as const;

function svgNode(doc: Document, tag: string, attrs: Record<string, string>): SVGElement {
  const node = doc.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/** The key of the budget lines' colours. */
export function leverKey(doc: Document): HTMLElement {
  const list = el(doc, 'ul', { class: 'chart-legend ws-lever-key', 'aria-label': t('Chart key') });
  for (const lever of [...LEVERS, 'unspent'] as const) {
    const item = el(doc, 'li', { class: 'chart-legend__item' });
    item.append(
      el(doc, 'span', { class: `ws-lever-swatch ws-lever--${lever}`, 'aria-hidden': 'true' }),
      el(doc, 'span', {}, lever === 'unspent' ? t('Unspent') : t(LEVER_LABELS[lever])),
    );
    list.append(item);
  }
  return list;
}

/** "31 %", kept left to right in Arabic (formatShare isolates it). */
const pct = (share: number) => formatShare(share, { digits: 0 });

/** One team's budget shares, a stacked bar per year it played, as an SVG image with a text alternative. */
export function allocationBars(doc: Document, team: TeamAllocations, termYears: number): SVGSVGElement {
  const width = termYears * (BAR.width + BAR.gap) + BAR.gap;
  const height = BAR.top + BAR.height + BAR.bottom;
  const svg = svgNode(doc, 'svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    class: 'ws-bars',
  }) as SVGSVGElement;
  svg.append(
    svgNode(doc, 'line', {
      x1: '0',
      x2: String(width),
      y1: String(BAR.top + BAR.height),
      y2: String(BAR.top + BAR.height),
      class: 'ws-bars__axis',
    }),
  );
  team.years.forEach((year, i) => {
    const x = BAR.gap + i * (BAR.width + BAR.gap);
    let y = BAR.top + BAR.height;
    for (const lever of LEVERS) {
      const h = Math.max(0, year.shares[lever]) * BAR.height;
      if (h <= 0) continue;
      y -= h;
      const rect = svgNode(doc, 'rect', {
        x: String(x),
        y: String(y),
        width: String(BAR.width),
        height: String(h),
        class: `ws-lever--${lever}`,
      });
      rect.append(svgNode(doc, 'title', {}));
      rect.lastChild!.textContent = `${year.year}, ${t(LEVER_LABELS[lever])}: ${pct(year.shares[lever])}`;
      svg.append(rect);
    }
    if (year.unspentShare > 0.005)
      svg.append(
        svgNode(doc, 'rect', {
          x: String(x),
          y: String(BAR.top),
          width: String(BAR.width),
          height: String(year.unspentShare * BAR.height),
          class: 'ws-lever--unspent',
        }),
      );
    if (termYears <= 12 || i % 2 === 0 || i === team.years.length - 1) {
      const label = svgNode(doc, 'text', {
        x: String(x + BAR.width / 2),
        y: String(height - 4),
        'text-anchor': 'middle',
        class: 'ws-bars__year',
      });
      label.textContent = String(year.termYear);
      svg.append(label);
    }
  });
  const n = Math.max(1, team.years.length);
  const average = (lever: Lever) => team.years.reduce((s, y) => s + y.shares[lever], 0) / n;
  svg.setAttribute(
    'aria-label',
    t('{team}: budget shares in each of {n} years. On average: {shares}.', {
      team: team.teamName,
      n: team.years.length,
      shares: LEVERS.map((l) => `${t(LEVER_LABELS[l])} ${pct(average(l))}`).join(', '),
    }),
  );
  return svg;
}
