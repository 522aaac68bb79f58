// "Why did it change?": for one year, a waterfall per outcome (output, employment, poverty) from the
// year's explanation (src/view/year-explanation.ts), the same in plain words, and a table. Without a fixed year it shows the last
// year played and offers a Year picker for any earlier one. Specs: src/view/waterfall.ts.
import type { GameSnapshot } from '../../flow';
import {
  CONTRIBUTION_GROUP_LABELS,
  levelValue,
  signedValue,
  yearWaterfalls,
  type WaterfallOutcome,
  type WaterfallSpec,
} from '../../view/waterfall';
import { el, type Component, type UiContext } from '../component';
import { t } from '../i18n';
import type { ChartSlot } from './chart-view';
import { waterfallSlot } from './waterfall-adapter';
import { downloadBlob } from './download';
import { exportFileStem } from '../../view/export';
import { yearExplanation } from '../../view/year-explanation';
import './charts.css';

export interface WaterfallOptions {
  /** Calendar year to explain; default: the last year played, with a picker for the others. */
  year?: number;
  /** Level of the panel's heading (default 3); the outcomes' headings are one level below. */
  headingLevel?: 2 | 3 | 4;
  /** Whether to draw the "Why did it change?" heading (default true; false where the host has one). */
  title?: boolean;
}

export interface WaterfallView extends Component {
  specs(): WaterfallSpec[];
  destroy(): void;
}

type Heading = 'h2' | 'h3' | 'h4' | 'h5';
const heading = (level: number): Heading => `h${Math.min(5, Math.max(2, level))}` as Heading;

interface Card {
  outcome: WaterfallOutcome;
  title: HTMLElement;
  sentence: HTMLElement;
  box: HTMLElement;
  table: HTMLTableElement;
  slot: ChartSlot<WaterfallSpec>;
  spec: WaterfallSpec | null;
}

const OUTCOMES: readonly WaterfallOutcome[] = ['output', 'employment', 'poverty'];
const TITLES: Record<WaterfallOutcome, string> = { output: 'Output', employment: 'Employment', poverty: 'Poverty' };

let counter = 0;

export function mountWaterfall(root: HTMLElement, ctx: UiContext, options: WaterfallOptions = {}): WaterfallView {
  const { doc } = ctx;
  const level = options.headingLevel ?? 3;
  const uid = `wf${++counter}`;
  const titled = options.title ?? true;
  const section = el(
    doc,
    'section',
    titled
      ? { class: 'why-panel', 'aria-labelledby': `${uid}-title` }
      : { class: 'why-panel', 'aria-label': t('Why did it change? Charts') },
  );
  const header = el(doc, 'div', { class: 'why-panel__header' });
  if (titled)
    header.append(el(doc, heading(level), { class: 'why-panel__title', id: `${uid}-title` }, t('Why did it change?')));
  const picker = el(doc, 'label', { class: 'why-panel__year' });
  const select = el(doc, 'select', { id: `${uid}-year` });
  picker.append(el(doc, 'span', {}, t('Year')), select);
  if (options.year === undefined) header.append(picker);
  if (header.childElementCount > 0) section.append(header);
  const key = el(doc, 'ul', { class: 'why-panel__key', 'aria-label': t('Key') });
  key.append(
    el(doc, 'li', { class: 'key--level' }, t('Change over the whole year')),
    el(doc, 'li', { class: 'key--good' }, t('Helped')),
    el(doc, 'li', { class: 'key--bad' }, t('Hurt')),
  );
  section.append(key);
  const note = el(doc, 'p', { class: 'why-panel__note' });
  note.hidden = true;
  section.append(note);

  const grid = el(doc, 'div', { class: 'waterfall-grid' });
  const cards: Card[] = OUTCOMES.map((outcome) => {
    const titleId = `${uid}-${outcome}`;
    const figure = el(doc, 'figure', { class: 'waterfall-card', 'data-outcome': outcome, 'aria-labelledby': titleId });
    const title = el(doc, heading(level + 1), { class: 'waterfall-card__title', id: titleId }, t(TITLES[outcome]));
    const sentence = el(doc, 'p', { class: 'waterfall-card__sentence' });
    const box = el(doc, 'div', { class: 'chart-box chart-box--waterfall' });
    const canvas = el(doc, 'canvas', { role: 'img', 'aria-label': t(TITLES[outcome]) });
    box.append(canvas);
    const details = el(doc, 'details', { class: 'chart-data' });
    const table = el(doc, 'table', { class: 'data-table' });
    details.append(el(doc, 'summary', {}, t('Data table')), table);
    const png = el(
      doc,
      'button',
      { type: 'button', class: 'secondary chart-png', 'aria-describedby': titleId },
      t('Download PNG'),
    );
    const actions = el(doc, 'div', { class: 'chart-card__actions' });
    actions.append(details, png);
    figure.append(title, sentence, box, actions);
    grid.append(figure);
    const card: Card = { outcome, title, sentence, box, table, slot: waterfallSlot(canvas), spec: null };
    png.addEventListener('click', () => {
      void card.slot.png().then((blob) => {
        if (!blob || !card.spec) return;
        downloadBlob(doc, blob, `${exportFileStem(ctx.snapshot().context)}_why-${outcome}-${card.spec.year}.png`);
        ctx.announce(t('{chart} chart downloaded as PNG', { chart: t(TITLES[outcome]) }));
      });
    });
    return card;
  });
  section.append(grid);
  root.append(section);

  /** Year of the term picked by the player (null: follow the last year played). */
  let picked: number | null = null;
  let seen: { history: unknown; log: unknown; k: number } | null = null;
  let lastSpecs: WaterfallSpec[] = [];

  function render(snapshot: GameSnapshot): void {
    const { history, log } = snapshot.context;
    const played = history.length - 1;
    const first = history[0]?.year ?? 0;
    const wanted = options.year !== undefined ? options.year - first : (picked ?? played);
    const k = Math.min(Math.max(wanted, 1), played);
    if (seen && seen.history === history && seen.log === log && seen.k === k) return;
    seen = { history, log, k };
    fillPicker(
      doc,
      select,
      history.slice(1).map((s) => s.year),
      history[k]?.year ?? 0,
    );
    const specs = yearWaterfalls(history, yearExplanation(snapshot.context, k), k, t);
    note.hidden = specs !== null;
    grid.hidden = specs === null;
    key.hidden = specs === null;
    if (!specs) {
      note.textContent = t('No explanation was recorded for {year}.', { year: history[k]?.year ?? '' });
      lastSpecs = [];
      return;
    }
    lastSpecs = specs;
    specs.forEach((spec, i) => {
      const card = cards[i];
      if (!card) return;
      card.spec = spec;
      // The arrow is not mirrored by the bidi algorithm: Arabic points it the way its text reads.
      card.title.textContent = t('{outcome}: {from} → {to}', {
        outcome: t(TITLES[spec.outcome]),
        from: levelValue(spec.outcome, spec.start),
        to: levelValue(spec.outcome, spec.end),
      });
      card.sentence.textContent = spec.sentence;
      // One bar per row: each contribution, then the year's total change.
      card.box.style.blockSize = `${(spec.steps.length + 1) * 2.1 + 1.5}rem`;
      fillTable(doc, card.table, spec);
      card.slot.set(spec);
    });
  }

  select.addEventListener('change', () => {
    const snapshot = ctx.snapshot();
    const first = snapshot.context.history[0]?.year ?? 0;
    const year = Number(select.value);
    const played = snapshot.context.history.length - 1;
    picked = year - first >= played ? null : year - first;
    render(snapshot);
  });

  return {
    update(snapshot) {
      const context = snapshot.context;
      const ready = context.scenario !== null && context.history.length >= 2;
      section.hidden = !ready;
      if (!ready) {
        picked = null;
        seen = null;
        return;
      }
      render(snapshot);
    },
    specs: () => lastSpecs,
    destroy() {
      for (const card of cards) card.slot.destroy();
      section.remove();
    },
  };
}

function fillPicker(doc: Document, select: HTMLSelectElement, years: number[], current: number): void {
  const wanted = years.map(String);
  const have = [...select.options].map((o) => o.value);
  if (wanted.join() !== have.join()) {
    select.replaceChildren(...years.map((y) => el(doc, 'option', { value: String(y) }, String(y))));
  }
  select.value = String(current);
}

function fillTable(doc: Document, table: HTMLTableElement, spec: WaterfallSpec): void {
  table.replaceChildren();
  table.append(
    el(
      doc,
      'caption',
      {},
      t('{indicator} in {year}: what moved it ({unit})', {
        indicator: t(spec.indicator),
        year: spec.year,
        unit: t(spec.unit),
      }),
    ),
  );
  const head = el(doc, 'thead');
  const headRow = el(doc, 'tr');
  headRow.append(
    el(doc, 'th', { scope: 'col' }, t('Contribution')),
    el(doc, 'th', { scope: 'col' }, t('Kind')),
    el(doc, 'th', { scope: 'col' }, t('Change')),
  );
  head.append(headRow);
  const body = el(doc, 'tbody');
  const row = (label: string, kind: string, value: string): void => {
    const tr = el(doc, 'tr');
    tr.append(el(doc, 'th', { scope: 'row' }, label), el(doc, 'td', {}, kind), el(doc, 'td', {}, value));
    body.append(tr);
  };
  row(t('End of {year}', { year: spec.year - 1 }), t('Level'), levelValue(spec.outcome, spec.start));
  for (const step of spec.steps)
    row(t(step.label), t(CONTRIBUTION_GROUP_LABELS[step.group]), signedValue(spec.outcome, step.value));
  row(t('End of {year}', { year: spec.year }), t('Level'), levelValue(spec.outcome, spec.end));
  table.append(head, body);
}
