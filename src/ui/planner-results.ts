// The planner's results: the growth, employment and poverty charts (the plan, the saved plans and
// no new policy), their key, a data table under each chart, what approval does, and the horizon
// summary table. Built once; draw() updates everything in place: chart datasets, table cells whose
// text changed, nothing re-created. Data tables under the charts are filled only while open.
import { formatY } from '../view/chart-specs';
import {
  bandOf,
  PLANNER_CHARTS,
  plannerAriaLabel,
  type FanInput,
  plannerChartSpec,
  type PlannerChartId,
  type PlannerChartSpec,
  type PlannerRunInput,
} from '../view/planner-charts';
import { CHART_DEFINITIONS } from '../view/chart-specs';
import {
  SUMMARY_DEFINITIONS,
  SUMMARY_INDICATORS,
  summaryCells,
  type SummaryCell,
  type SummaryValues,
} from '../view/planner-summary';
import { bandStyle, mountPlannerChart, seriesStyle, type PlannerChart } from './charts/planner-chart';
import { el } from './component';
import { t } from './i18n';
import './charts/charts.css';

export interface ResultsInput {
  /** In drawing order: the plan, the saved plans, no new policy. */
  runs: PlannerRunInput[];
  horizon: number;
  startYear: number;
  plan: SummaryValues;
  baseline: SummaryValues;
  /** The year after which approval collapses (the game would end there), per run; null if it holds. */
  collapse: { plan: number | null; baseline: number | null };
  /** The baseline's name ("No new policy", or "... (modified baseline)" under changed assumptions). */
  baselineLabel?: string;
  /** p10-p90 fans of the plan and the baseline over many seeds (Run uncertainty), or null. */
  fans?: { runs: number; plan: Record<PlannerChartId, FanInput>; baseline: Record<PlannerChartId, FanInput> } | null;
}

export interface PlannerResults {
  element: HTMLElement;
  draw(input: ResultsInput): void;
  /** Resolves when every chart has been drawn once. */
  ready(): Promise<void>;
  /** The chart specs last drawn (tests and tools). */
  specs(): PlannerChartSpec[];
  destroy(): void;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small picture of a run's line: its colour, dash and point shape (the key and the saved list). */
export function lineSwatch(doc: Document, run: Pick<PlannerRunInput, 'kind' | 'style'>): SVGSVGElement {
  const style = seriesStyle(run);
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 40 14');
  svg.setAttribute('width', '40');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'planner-swatch');
  const line = doc.createElementNS(SVG, 'line');
  line.setAttribute('x1', '1');
  line.setAttribute('y1', '7');
  line.setAttribute('x2', '39');
  line.setAttribute('y2', '7');
  line.setAttribute('stroke', style.color);
  line.setAttribute('stroke-width', String(Math.min(3.5, style.width)));
  if (style.dash.length > 0) line.setAttribute('stroke-dasharray', style.dash.map((d) => d * 0.6).join(' '));
  svg.append(line, shapeOf(doc, style.point, style.color));
  return svg;
}

/** The run's point shape, drawn (not a character: the key's text stays only the run's name). */
function shapeOf(doc: Document, shape: ReturnType<typeof seriesStyle>['point'], color: string): SVGElement {
  const make = (tag: string, attrs: Record<string, string>): SVGElement => {
    const node = doc.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    return node;
  };
  const fill = { fill: color };
  switch (shape) {
    case 'circle':
      return make('circle', { cx: '20', cy: '7', r: '4', ...fill });
    case 'triangle':
      return make('polygon', { points: '20,2 25,11 15,11', ...fill });
    case 'rect':
      return make('rect', { x: '16', y: '3', width: '8', height: '8', ...fill });
    case 'rectRot':
      return make('polygon', { points: '20,1.5 25.5,7 20,12.5 14.5,7', ...fill });
    case 'crossRot':
      return make('path', { d: 'M16 3 L24 11 M24 3 L16 11', stroke: color, 'stroke-width': '2.5' });
    case 'star':
      return make('polygon', {
        points: '20,1 21.8,5.5 26.5,5.8 22.9,8.8 24,13.3 20,10.8 16,13.3 17.1,8.8 13.5,5.8 18.2,5.5',
        ...fill,
      });
  }
}

/** Sets a node's text only when it changes (no needless style or layout work). */
function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * One chart's card on the planner's grid (the editor's preview uses the same): its heading (the
 * indicator and unit), the canvas and a folded data table, filled by the caller.
 */
export function plannerChartCard(
  doc: Document,
  id: PlannerChartId,
  headingId: string,
): { figure: HTMLElement; canvas: HTMLCanvasElement; details: HTMLDetailsElement; table: HTMLTableElement } {
  const d = CHART_DEFINITIONS[id];
  const figure = el(doc, 'figure', { class: 'chart-card planner-chart-card', 'data-chart-id': id, 'aria-labelledby': headingId });
  const title = el(doc, 'h4', { class: 'chart-card__title', id: headingId });
  title.append(el(doc, 'span', { class: 'chart-card__name' }, t(d.indicator)), ' ', el(doc, 'span', { class: 'chart-card__unit' }, `(${t(d.unit)})`));
  const box = el(doc, 'div', { class: 'planner-chart-box' });
  const canvas = el(doc, 'canvas', { role: 'img', 'aria-label': t(d.indicator) });
  box.append(canvas);
  const details = el(doc, 'details', { class: 'chart-data' });
  const table = el(doc, 'table', { class: 'data-table' });
  details.append(el(doc, 'summary', {}, t('Data table')), table);
  figure.append(title, box, details);
  return { figure, canvas, details, table };
}

export function mountPlannerResults(doc: Document): PlannerResults {
  const element = el(doc, 'div', { class: 'planner-results__body' });

  // --- Charts. ---
  const charts = el(doc, 'section', { class: 'planner-charts', 'aria-labelledby': 'planner-charts-heading' });
  const chartsHeading = el(doc, 'h3', { id: 'planner-charts-heading', class: 'planner-section__title' });
  const legend = el(doc, 'ul', { class: 'chart-legend planner-legend', 'aria-label': t('Chart key') });
  const collapseNote = el(doc, 'p', { class: 'planner-collapse', hidden: '' });
  const grid = el(doc, 'div', { class: 'planner-chart-grid' });
  interface Card {
    id: PlannerChartId;
    chart: PlannerChart;
    details: HTMLDetailsElement;
    table: HTMLTableElement;
    spec: PlannerChartSpec | null;
  }
  const cards: Card[] = PLANNER_CHARTS.map((id) => {
    const { figure, canvas, details, table } = plannerChartCard(doc, id, `planner-chart-${id}`);
    grid.append(figure);
    const card: Card = { id, chart: mountPlannerChart(canvas), details, table, spec: null };
    details.addEventListener('toggle', () => {
      if (details.open && card.spec) fillDataTable(doc, table, card.spec);
    });
    return card;
  });
  charts.append(chartsHeading, legend, collapseNote, grid);

  // --- The horizon summary: this plan against no new policy. ---
  const summary = el(doc, 'section', { class: 'planner-summary', 'aria-labelledby': 'planner-summary-heading' });
  const summaryHeading = el(doc, 'h3', { id: 'planner-summary-heading', class: 'planner-section__title' });
  const summaryTable = el(doc, 'table', { class: 'data-table planner-summary-table' });
  const summaryCaption = el(doc, 'caption');
  const head = el(doc, 'thead');
  const headRow = el(doc, 'tr');
  const planHead = el(doc, 'th', { scope: 'col', class: 'num' });
  planHead.append(
    el(doc, 'span', { class: 'planner-summary__name' }, t('This plan')),
    el(doc, 'span', { class: 'planner-summary__unit' }, t('and its difference')),
  );
  const baseHead = el(doc, 'th', { scope: 'col', class: 'num' }, t('No new policy'));
  headRow.append(el(doc, 'th', { scope: 'col' }, t('Indicator')), planHead, baseHead);
  head.append(headRow);
  const body = el(doc, 'tbody');
  const summaryRows = SUMMARY_INDICATORS.map((indicator) => {
    const def = SUMMARY_DEFINITIONS[indicator];
    const row = el(doc, 'tr', { 'data-indicator': indicator });
    const name = el(doc, 'th', { scope: 'row' });
    name.append(
      el(doc, 'span', { class: 'planner-summary__name' }, t(def.label)),
      ' ',
      el(doc, 'span', { class: 'planner-summary__unit' }, `(${t(def.unit)})`),
    );
    const mineCell = el(doc, 'td', { class: 'num' });
    const mine = el(doc, 'span', { class: 'planner-summary__value' });
    const diff = el(doc, 'span', { class: 'planner-summary__diff planner-diff' });
    mineCell.append(mine, diff);
    const base = el(doc, 'td', { class: 'num' });
    row.append(name, mineCell, base);
    body.append(row);
    return { mine, base, diff };
  });
  summaryTable.append(summaryCaption, head, body);
  // Scrolls sideways on a phone: reachable with the keyboard, and named for screen readers.
  const summaryScroll = el(doc, 'div', {
    class: 'table-scroll',
    role: 'region',
    'aria-labelledby': 'planner-summary-heading',
    tabindex: '0',
  });
  summaryScroll.append(summaryTable);
  summary.append(summaryHeading, summaryScroll);

  element.append(charts, summary);

  let legendKey = '';
  let lastSpecs: PlannerChartSpec[] = [];
  let labelTimer = 0;
  const baselineCells = new WeakMap<SummaryValues, SummaryCell[]>();

  function describe(): void {
    for (const card of cards) {
      const spec = card.spec;
      if (!spec) continue;
      if (!spec.ariaLabel) spec.ariaLabel = plannerAriaLabel(spec);
      card.chart.label(spec.ariaLabel);
      if (card.details.open) fillDataTable(doc, card.table, spec);
    }
  }

  function drawLegend(runs: readonly PlannerRunInput[], fanRuns: number | null): void {
    const key = `${runs.map((r) => `${r.kind}/${r.style}/${r.label}`).join('|')}|fans:${fanRuns ?? ''}`;
    if (key === legendKey) return;
    legendKey = key;
    const items = runs.map((run) => {
      const item = el(doc, 'li', {
        class: `chart-legend__item planner-legend__item planner-legend__item--${run.kind}`,
      });
      item.append(lineSwatch(doc, run), el(doc, 'span', {}, run.label));
      return item;
    });
    if (fanRuns !== null) {
      const planLabel = runs.find((r) => r.kind === 'plan')?.label ?? t('This plan');
      const baseLabel = runs.find((r) => r.kind === 'baseline')?.label ?? t('No new policy');
      for (const [kind, label] of [
        ['plan', planLabel],
        ['baseline', baseLabel],
      ] as const) {
        const item = el(doc, 'li', {
          class: `chart-legend__item planner-legend__item planner-legend__item--band`,
          'data-band': kind,
        });
        const swatch = el(doc, 'span', { class: 'planner-band-swatch', 'aria-hidden': 'true' });
        swatch.style.backgroundColor = bandStyle({ kind }).fill;
        swatch.style.borderColor = bandStyle({ kind }).median;
        item.append(
          swatch,
          el(
            doc,
            'span',
            {},
            t('{name}: 10th to 90th percentile over {n} seeds, dotted median', { name: label, n: fanRuns }),
          ),
        );
        items.push(item);
      }
    }
    legend.replaceChildren(...items);
  }

  return {
    element,
    draw(input) {
      const first = input.startYear;
      const last = input.startYear + input.horizon;
      // The charts first, before anything on the page changes (see PlannerChart.set).
      const perf = doc.defaultView?.performance;
      const chartsStart = perf?.now() ?? 0;
      lastSpecs = cards.map((card) => {
        const spec = plannerChartSpec(card.id, input.runs, input.horizon, false);
        if (input.fans)
          spec.bands = [
            bandOf(card.id, 'plan', input.fans.plan[card.id], spec.years),
            bandOf(card.id, 'baseline', input.fans.baseline[card.id], spec.years),
          ];
        card.spec = spec;
        card.chart.set(spec);
        return spec;
      });
      perf?.measure?.('planner:charts', { start: chartsStart, end: perf.now() });
      // Text alternatives and open data tables follow a moment later, once the inputs pause.
      const view = doc.defaultView;
      if (view) {
        view.clearTimeout(labelTimer);
        labelTimer = view.setTimeout(describe, 150);
      } else describe();
      setText(chartsHeading, t('Growth, jobs and poverty, {first} to {last}', { first, last }));
      drawLegend(input.runs, input.fans ? input.fans.runs : null);

      const notes: string[] = [];
      if (input.collapse.plan !== null)
        notes.push(
          t('With this plan, stakeholder approval collapses after {year}: in the game the term would end there.', {
            year: first + input.collapse.plan,
          }),
        );
      if (input.collapse.baseline !== null)
        notes.push(
          t('With no new policy, approval collapses after {year}.', { year: first + input.collapse.baseline }),
        );
      if (notes.length > 0) notes.push(t('The planner runs every plan to the horizon, so plans can be compared.'));
      collapseNote.hidden = notes.length === 0;
      setText(collapseNote, notes.join(' '));

      setText(summaryHeading, t('At the horizon, {year}', { year: last }));
      setText(baseHead, input.baselineLabel ?? t('No new policy'));
      setText(
        summaryCaption,
        t('This plan in {year}, its difference from no new policy, and no new policy (same cluster, seed and luck).', {
          year: last,
        }),
      );
      const cells = summaryCells(input.plan, input.baseline);
      let baseCells = baselineCells.get(input.baseline);
      if (!baseCells) baselineCells.set(input.baseline, (baseCells = summaryCells(input.baseline, null)));
      cells.forEach((cell, i) => {
        const row = summaryRows[i];
        if (!row) return;
        setText(row.mine, cell.value);
        setText(row.base, baseCells[i]?.value ?? '–');
        setText(row.diff, cell.diff);
        if (row.diff.dataset.tone !== cell.tone) row.diff.dataset.tone = cell.tone;
      });
    },
    async ready() {
      await Promise.all(cards.map((card) => card.chart.ready()));
    },
    specs: () => lastSpecs,
    destroy() {
      doc.defaultView?.clearTimeout(labelTimer);
      for (const card of cards) card.chart.destroy();
    },
  };
}

/** A chart's data table, year by year: a column per line, and one per uncertainty band (the planner's charts and the workshop's). */
export function fillDataTable(doc: Document, table: HTMLTableElement, spec: PlannerChartSpec): void {
  const caption = el(
    doc,
    'caption',
    {},
    t('{indicator} ({unit}), year by year', { indicator: t(spec.indicator), unit: t(spec.unit) }),
  );
  const head = el(doc, 'thead');
  const row = el(doc, 'tr');
  const bands = spec.bands ?? [];
  const bandName = (kind: 'plan' | 'baseline'): string => spec.series.find((s) => s.kind === kind)?.label ?? kind;
  row.append(
    el(doc, 'th', { scope: 'col' }, t('Year')),
    ...spec.series.map((s) => el(doc, 'th', { scope: 'col', class: 'num' }, s.label)),
    ...bands.map((b) =>
      el(doc, 'th', { scope: 'col', class: 'num' }, t('{name}: 10th to 90th percentile', { name: bandName(b.kind) })),
    ),
  );
  head.append(row);
  const body = el(doc, 'tbody');
  spec.years.forEach((year, i) => {
    const tr = el(doc, 'tr');
    tr.append(
      el(doc, 'th', { scope: 'row' }, String(year)),
      ...spec.series.map((s) => el(doc, 'td', { class: 'num' }, formatY(spec.yFormat, s.values[i] ?? null))),
      ...bands.map((b) =>
        el(
          doc,
          'td',
          { class: 'num' },
          `${formatY(spec.yFormat, b.p10[i] ?? null)} – ${formatY(spec.yFormat, b.p90[i] ?? null)}`,
        ),
      ),
    );
    body.append(tr);
  });
  table.replaceChildren(caption, head, body);
}
