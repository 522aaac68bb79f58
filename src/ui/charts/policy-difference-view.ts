// "Difference from no new policy": for the end of one year (the last played unless fixed), a
// sentence per outcome, a chart of one outcome's gap split by decision (the player picks which),
// and a table of all three. View-model: src/view/policy-difference.ts.
import type { GameSnapshot } from '../../flow';
import { selectPolicyDifference, type DifferenceView } from '../../view/policy-difference';
import type { WaterfallOutcome } from '../../view/waterfall';
import { el, outcomeColumns, tableHead, type Component, type UiContext } from '../component';
import { t } from '../i18n';
import { waterfallSlot } from './waterfall-adapter';
import './charts.css';

export interface PolicyDifferenceOptions {
  /** Year of the term to show (1-based); default: the last year played. */
  k?: number;
  /** Level of the section's heading (default 3). */
  headingLevel?: 2 | 3 | 4;
}

export interface PolicyDifferenceView extends Component {
  view(): DifferenceView | null;
  destroy(): void;
}

const OUTCOME_NAMES: Record<WaterfallOutcome, string> = { output: 'Output', employment: 'Jobs', poverty: 'Poverty' };
const OUTCOME_ORDER: readonly WaterfallOutcome[] = ['output', 'employment', 'poverty'];

let counter = 0;

export function mountPolicyDifference(root: HTMLElement, ctx: UiContext, options: PolicyDifferenceOptions = {}): PolicyDifferenceView {
  const { doc } = ctx;
  const uid = `pd${++counter}`;
  const level = options.headingLevel ?? 3;
  const section = el(doc, 'section', { class: 'policy-difference', 'aria-labelledby': `${uid}-title` });
  section.append(el(doc, `h${level}` as 'h3', { id: `${uid}-title`, class: 'policy-difference__title' }, t('Difference from no new policy')));
  const lead = el(doc, 'p', { class: 'policy-difference__lead' });
  const sentences = el(doc, 'ul', { class: 'why-list policy-difference__sentences' });
  const picker = el(doc, 'div', { class: 'policy-difference__picker', role: 'radiogroup', 'aria-label': t('Outcome shown in the chart') });
  let shown: WaterfallOutcome = 'output';
  const radios = OUTCOME_ORDER.map((outcome) => {
    const label = el(doc, 'label', { class: 'choice-pill' });
    const input = el(doc, 'input', { type: 'radio', name: `${uid}-outcome`, value: outcome });
    input.checked = outcome === shown;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      shown = outcome;
      draw();
    });
    label.append(input, el(doc, 'span', {}, t(OUTCOME_NAMES[outcome])));
    picker.append(label);
    return input;
  });
  const box = el(doc, 'div', { class: 'chart-box chart-box--waterfall' });
  const canvas = el(doc, 'canvas', { role: 'img', 'aria-label': t('Difference from no new policy') });
  box.append(canvas);
  const slot = waterfallSlot(canvas);
  const details = el(doc, 'details', { class: 'chart-data' });
  const table = el(doc, 'table', { class: 'data-table' });
  details.append(el(doc, 'summary', {}, t('Data table')), table);
  // How the split is made, one click away (the sentences and the chart say what it found).
  const method = el(doc, 'details', { class: 'chart-data policy-difference__how' });
  const methodText = el(doc, 'p', { class: 'policy-difference__method' });
  method.append(el(doc, 'summary', {}, t('How is this split?')), methodText);
  const actions = el(doc, 'div', { class: 'chart-card__actions' });
  actions.append(details, method);
  section.append(lead, sentences, picker, box, actions);
  root.append(section);

  let current: DifferenceView | null = null;
  let seen: { history: unknown; log: unknown } | null = null;

  function draw(): void {
    const spec = current?.specs.find((s) => s.outcome === shown);
    if (!spec) return;
    box.style.blockSize = `${(spec.steps.length + 1) * 2.1 + 1.5}rem`;
    slot.set(spec);
  }

  function fillTable(view: DifferenceView): void {
    table.replaceChildren(
      el(doc, 'caption', {}, t('Difference from no new policy at the end of {year}, by decision: output (US$ m), jobs and poverty (points)', { year: view.year })),
      tableHead(doc, outcomeColumns(t('Decision'))),
    );
    const body = el(doc, 'tbody');
    for (const row of view.rows) {
      const tr = el(doc, 'tr', { 'data-factor': row.factor });
      tr.append(el(doc, 'th', { scope: 'row' }, t(row.label)), ...OUTCOME_ORDER.map((o) => el(doc, 'td', { class: 'num' }, row.texts[o])));
      body.append(tr);
    }
    const foot = el(doc, 'tfoot');
    const total = el(doc, 'tr');
    total.append(el(doc, 'th', { scope: 'row' }, t('Whole difference')), ...OUTCOME_ORDER.map((o) => el(doc, 'td', { class: 'num' }, view.totals[o])));
    foot.append(total);
    table.append(body, foot);
  }

  function render(snapshot: GameSnapshot): void {
    const { history, log } = snapshot.context;
    if (seen && seen.history === history && seen.log === log) return;
    seen = { history, log };
    current = selectPolicyDifference(snapshot.context, options.k ?? history.length - 1, t);
    section.hidden = current === null;
    if (!current) return;
    const view = current;
    if (view.rows.length === 0) {
      lead.textContent = t('You have not changed any policy yet, so the cluster is exactly where no new policy would have left it.');
      sentences.replaceChildren();
      picker.hidden = box.hidden = actions.hidden = true;
      return;
    }
    picker.hidden = box.hidden = actions.hidden = false;
    lead.textContent = t('Where your decisions since the start have put the cluster by the end of {year}, compared with the same cluster, with the same luck, and no new policy:', { year: view.year });
    sentences.replaceChildren(...view.specs.map((spec, i) => el(doc, 'li', { class: `why why--${spec.outcome}` }, view.lines[i] ?? spec.sentence)));
    methodText.textContent = t(
      'How it is split: the model was run {runs} times, with each combination of your decisions. A decision’s share is its average effect over every order of adding them (a Shapley split), so the shares add up to the whole difference and decisions that work together share the credit.',
      { runs: view.runs },
    );
    fillTable(view);
    for (const radio of radios) radio.checked = radio.value === shown;
    draw();
  }

  return {
    update(snapshot) {
      const ready = snapshot.context.scenario !== null && snapshot.context.history.length >= 2;
      section.hidden = !ready;
      if (!ready) {
        seen = null;
        current = null;
        return;
      }
      render(snapshot);
    },
    view: () => current,
    destroy() {
      slot.destroy();
      section.remove();
    },
  };
}
