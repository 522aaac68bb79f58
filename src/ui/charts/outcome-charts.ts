// The outcome charts of the current game: the headline three (growth, employment, poverty) or all of
// them, each against the "no new policy" baseline with its uncertainty band and the marked years.
// Every chart is a <canvas role="img"> whose aria-label starts with the indicator, with a data table
// next to it (a real <table> in a <details>) and a Download PNG button. The specs come from
// src/view/chart-specs/; outcome-adapter.ts draws them through chart-view.ts (the only file that runs chart.js).
import type { GameSnapshot } from '../../flow';
import {
  ALL_CHARTS,
  BAND_LABEL,
  bandsReady,
  BASELINE_LABEL,
  CHART_DEFINITIONS,
  chartInputsForGame,
  chartSpec,
  formatY,
  GROUP_LABELS,
  HEADLINE_CHARTS,
  HISTORY_LABEL,
  PLAYER_LABEL,
  seriesOf,
  type ChartAnnotation,
  type ChartGroup,
  type ChartId,
  type ChartInputs,
  type ChartSpec,
} from '../../view/chart-specs';
import { exportFileStem } from '../../view/export';
import { el, setText, type Component, type UiContext } from '../component';
import { t } from '../i18n';
import type { ChartSlot } from './chart-view';
import { lineChartSlot, markSymbol } from './outcome-adapter';
import { downloadBlob } from './download';
import './charts.css';

export interface OutcomeChartsOptions {
  /** The headline three, all of them by group, or the charts of the scenario's goals (`ids`). */
  set: 'headline' | 'all' | 'goals';
  /** The charts of a 'goals' set. */
  ids?: readonly ChartId[];
  /** Level of the headings this component starts at (default 3). */
  headingLevel?: 2 | 3 | 4;
  /** Show the baseline's uncertainty band (default true). */
  bands?: boolean;
  /** Draw from the start year alone (charts made ahead, before the first year is played); default: two years. */
  fromStart?: boolean;
}

export interface OutcomeCharts extends Component {
  /** The ChartSpecs last drawn (for tests and tools). */
  specs(): ChartSpec[];
  destroy(): void;
}

type Heading = 'h2' | 'h3' | 'h4' | 'h5';
const heading = (level: number): Heading => `h${Math.min(5, Math.max(2, level))}` as Heading;

interface Card {
  id: ChartId;
  slot: ChartSlot<ChartSpec>;
  latest: HTMLElement;
  table: HTMLTableElement;
  spec: ChartSpec | null;
}

let counter = 0;

export function mountOutcomeCharts(root: HTMLElement, ctx: UiContext, options: OutcomeChartsOptions): OutcomeCharts {
  const { doc } = ctx;
  const level = options.headingLevel ?? 3;
  const ids = options.set === 'goals' ? (options.ids ?? []) : options.set === 'headline' ? HEADLINE_CHARTS : ALL_CHARTS;
  const uid = `oc${++counter}`;

  const section = el(doc, 'section', {
    class: `outcome-charts outcome-charts--${options.set}`,
    'aria-label': options.set === 'headline' ? t('Headline charts') : options.set === 'goals' ? t('Charts of your goals') : t('All outcome charts'),
  });
  const key = legend(doc, options.bands ?? true);
  section.append(key);

  const cards: Card[] = [];
  const card = (id: ChartId, titleLevel: number): HTMLElement => {
    const headingId = `${uid}-${id}`;
    const figure = el(doc, 'figure', { class: 'chart-card', 'data-chart-id': id, 'aria-labelledby': headingId });
    if (HEADLINE_CHARTS.includes(id)) figure.setAttribute('data-print-chart', '');
    const title = el(doc, heading(titleLevel), { class: 'chart-card__title', id: headingId });
    const name = el(doc, 'span', { class: 'chart-card__name' });
    const unit = el(doc, 'span', { class: 'chart-card__unit' });
    title.append(name, ' ', unit);
    const latest = el(doc, 'p', { class: 'chart-card__latest' });
    const box = el(doc, 'div', { class: 'chart-box' });
    const canvas = el(doc, 'canvas', { role: 'img', 'aria-label': '' });
    box.append(canvas);
    const details = el(doc, 'details', { class: 'chart-data' });
    details.append(el(doc, 'summary', {}, t('Data table')));
    const table = el(doc, 'table', { class: 'data-table' });
    details.append(table);
    const png = el(
      doc,
      'button',
      { type: 'button', class: 'secondary chart-png', 'aria-describedby': headingId },
      t('Download PNG'),
    );
    const slot = lineChartSlot(canvas);
    const entry: Card = { id, slot, latest, table, spec: null };
    png.addEventListener('click', () => {
      void slot.png().then((blob) => {
        if (!blob) return;
        downloadBlob(doc, blob, `${exportFileStem(ctx.snapshot().context)}_${id}.png`);
        ctx.announce(t('{chart} chart downloaded as PNG', { chart: t(entry.spec?.indicator ?? id) }));
      });
    });
    const actions = el(doc, 'div', { class: 'chart-card__actions' });
    actions.append(details, png);
    figure.append(title, latest, box, actions);
    cards.push(entry);
    return figure;
  };

  if (options.set !== 'all') {
    const grid = el(doc, 'div', { class: 'chart-grid' });
    for (const id of ids) grid.append(card(id, level));
    section.append(grid);
  } else {
    const groups = new Map<ChartGroup, ChartId[]>();
    for (const id of ids) {
      const group = CHART_DEFINITIONS[id].group;
      groups.set(group, [...(groups.get(group) ?? []), id]);
    }
    for (const [group, members] of groups) {
      // The headline group is open; the others fold away (a phone debrief was 15,000 px tall). The
      // printed memo shows only the headline group, so folding changes nothing on paper.
      const folded = group !== 'headline';
      const part = el(doc, folded ? 'details' : 'section', { class: 'chart-group', 'data-group': group });
      const title = el(doc, heading(level), { class: 'chart-group__title' }, t(GROUP_LABELS[group]));
      if (folded) {
        const summary = el(doc, 'summary', { class: 'chart-group__summary' });
        summary.append(title);
        part.append(summary);
      } else part.append(title);
      const grid = el(doc, 'div', { class: 'chart-grid' });
      for (const id of members) grid.append(card(id, level + 1));
      part.append(grid);
      section.append(part);
    }
  }

  const marks = el(doc, 'div', { class: 'chart-marks' });
  // The goals' charts sit under the headline ones, whose list of marked years they share.
  marks.hidden = options.set === 'goals';
  section.append(marks);
  root.append(section);

  // Fill the titles from the definitions straight away (no game needed).
  for (const entry of cards) fillTitle(entry, chartSpec(entry.id, { player: [], baseline: [] }));

  let drawnFor: { history: unknown; log: unknown } | null = null;
  let lastSpecs: ChartSpec[] = [];

  function render(inputs: ChartInputs): void {
    lastSpecs = cards.map((entry) => {
      const spec = chartSpec(entry.id, inputs);
      entry.spec = spec;
      fillTitle(entry, spec);
      setText(entry.latest, latestLine(spec));
      fillTable(doc, entry.table, spec);
      entry.slot.canvas.setAttribute('aria-label', spec.ariaLabel);
      entry.slot.set(spec);
      return spec;
    });
    fillMarks(doc, marks, inputs.annotations ?? [], level, options.set !== 'all');
  }

  let idle: number | null = null;
  const view = doc.defaultView;
  const cancelIdle = (): void => {
    if (idle !== null) view?.clearTimeout(idle);
    idle = null;
  };

  return {
    update(snapshot: GameSnapshot) {
      const context = snapshot.context;
      const ready = context.scenario !== null && context.history.length >= (options.fromStart ? 1 : 2);
      section.hidden = !ready;
      if (!ready) {
        drawnFor = null;
        cancelIdle();
        return;
      }
      if (drawnFor && drawnFor.history === context.history && drawnFor.log === context.log) return;
      drawnFor = { history: context.history, log: context.log };
      const wantBands = options.bands ?? true;
      // The band needs ~40 baseline runs: draw at once without it, then add it when the browser is idle.
      const withBands = wantBands && bandsReady(context);
      // History mode adds a line: its key shows only then.
      key.querySelector<HTMLElement>('.chart-legend__item--history')?.toggleAttribute('hidden', !context.againstHistory);
      render(chartInputsForGame(context, { bands: withBands }));
      cancelIdle();
      if (wantBands && !withBands && view) {
        const drawn = drawnFor;
        idle = view.setTimeout(() => {
          idle = null;
          if (drawnFor !== drawn) return;
          render(chartInputsForGame(context, { bands: true }));
        }, 60);
      }
    },
    specs: () => lastSpecs,
    destroy() {
      cancelIdle();
      for (const entry of cards) entry.slot.destroy();
      section.remove();
    },
  };
}

function fillTitle(entry: Card, spec: ChartSpec): void {
  const title = entry.latest.parentElement?.querySelector('.chart-card__title');
  const name = title?.querySelector('.chart-card__name');
  const unit = title?.querySelector('.chart-card__unit');
  if (name) setText(name, t(spec.indicator));
  if (unit) setText(unit, `(${t(spec.unit)})`);
}

/** "2006: 6.1 % with your policy, 5.3 % with no new policy." */
function latestLine(spec: ChartSpec): string {
  const player = seriesOf(spec, 'player')?.points.filter((p) => p.y !== null) ?? [];
  const last = player[player.length - 1];
  if (!last) return '';
  const base = seriesOf(spec, 'baseline')?.points.find((p) => p.x === last.x)?.y ?? null;
  return t('{year}: {mine} with your policy, {base} with no new policy', {
    year: last.x,
    mine: formatY(spec.yFormat, last.y),
    base: formatY(spec.yFormat, base),
  });
}

function fillTable(doc: Document, table: HTMLTableElement, spec: ChartSpec): void {
  table.replaceChildren();
  table.append(
    el(
      doc,
      'caption',
      {},
      `${t(spec.indicator)} (${t(spec.unit)}): ${t('your policy and no new policy, year by year')}`,
    ),
  );
  const low = seriesOf(spec, 'band-low');
  const high = seriesOf(spec, 'band-high');
  const head = el(doc, 'thead');
  const headRow = el(doc, 'tr');
  headRow.append(
    el(doc, 'th', { scope: 'col' }, t('Year')),
    el(doc, 'th', { scope: 'col' }, t(PLAYER_LABEL)),
    el(doc, 'th', { scope: 'col' }, t(BASELINE_LABEL)),
  );
  const history = seriesOf(spec, 'history');
  if (history) headRow.append(el(doc, 'th', { scope: 'col' }, t(HISTORY_LABEL)));
  if (low && high) headRow.append(el(doc, 'th', { scope: 'col' }, t(BAND_LABEL)));
  head.append(headRow);
  const body = el(doc, 'tbody');
  const player = seriesOf(spec, 'player')?.points ?? [];
  const baseline = seriesOf(spec, 'baseline')?.points ?? [];
  player.forEach((p, i) => {
    const row = el(doc, 'tr');
    row.append(
      el(doc, 'th', { scope: 'row' }, String(p.x)),
      el(doc, 'td', {}, formatY(spec.yFormat, p.y)),
      el(doc, 'td', {}, formatY(spec.yFormat, baseline[i]?.y ?? null)),
    );
    if (history) row.append(el(doc, 'td', {}, formatY(spec.yFormat, history.points[i]?.y ?? null)));
    if (low && high)
      row.append(
        el(
          doc,
          'td',
          {},
          `${formatY(spec.yFormat, low.points[i]?.y ?? null)} – ${formatY(spec.yFormat, high.points[i]?.y ?? null)}`,
        ),
      );
    body.append(row);
  });
  table.append(head, body);
}

function fillMarks(
  doc: Document,
  root: HTMLElement,
  annotations: readonly ChartAnnotation[],
  level: number,
  collapsed: boolean,
): void {
  root.replaceChildren();
  if (annotations.length === 0) return;
  const list = el(doc, 'ul', { class: 'chart-marks__list' });
  for (const a of annotations) {
    const item = el(doc, 'li', { class: `chart-mark chart-mark--${a.kind}` });
    item.append(
      el(doc, 'span', { class: 'chart-mark__symbol', 'aria-hidden': 'true' }, markSymbol(a.kind)),
      el(doc, 'span', { class: 'chart-mark__year' }, String(a.year)),
      el(doc, 'span', { class: 'chart-mark__text' }, t(a.label)),
    );
    list.append(item);
  }
  const title = t('Marked on the charts');
  if (collapsed) {
    // In the narrow year report the list folds away; its summary says how long it is.
    const details = el(doc, 'details', { class: 'chart-marks__details' });
    details.append(el(doc, 'summary', { class: 'chart-marks__title' }, `${title} (${annotations.length})`), list);
    root.append(details);
  } else {
    root.append(el(doc, heading(level + 1), { class: 'chart-marks__title' }, title), list);
  }
}

/** The key to every chart: line styles and mark symbols (shapes as well as colours). */
function legend(doc: Document, bands: boolean): HTMLElement {
  const list = el(doc, 'ul', { class: 'chart-legend', 'aria-label': t('Chart key') });
  const item = (kind: string, text: string, symbol?: string): void => {
    const li = el(doc, 'li', { class: `chart-legend__item chart-legend__item--${kind}` });
    li.append(
      el(doc, 'span', { class: 'chart-legend__swatch', 'aria-hidden': 'true' }, symbol ?? ''),
      el(doc, 'span', {}, text),
    );
    list.append(li);
  };
  item('player', t(PLAYER_LABEL));
  item('baseline', t(BASELINE_LABEL));
  item('history', t(HISTORY_LABEL));
  list.lastElementChild?.setAttribute('hidden', '');
  if (bands) item('band', t(BAND_LABEL));
  item('policy', t('Policy change'), markSymbol('policy'));
  item('event', t('Event'), markSymbol('event'));
  item('shock', t('Shock'), markSymbol('shock'));
  return list;
}
