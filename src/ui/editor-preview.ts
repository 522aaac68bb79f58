// The scenario editor's preview: the edited cluster run with no new policy and with the plain
// balanced plan (a fifth of the budget on each lever, view/achievable.ts), over its term, on the
// planner's growth, jobs and poverty charts. The runs are the planner's (view/planner-run.ts, one
// runner of counterfactual runs); the charts are the planner's chart specs and canvas
// (planner-charts.ts, charts/planner-chart.ts), each with its key and its data table.
import { DEFAULT_DIFFICULTY } from '../model';
import type { Scenario } from '../scenario';
import { BALANCED } from '../view/achievable';
import { DEFAULT_SEED } from '../view/planner';
import { runPlan } from '../view/planner-run';
import { PLANNER_CHARTS, plannerChartSpec, type PlannerChartSpec, type PlannerRunInput } from '../view/planner-charts';
import { mountPlannerChart, type PlannerChart } from './charts/planner-chart';
import { fillDataTable, lineSwatch, plannerChartCard } from './planner-results';
import { el } from './component';
import { t } from './i18n';
import './charts/charts.css';

export interface EditorPreview {
  element: HTMLElement;
  /** Runs and draws the scenario (a valid one). */
  draw(scenario: Scenario): void;
  /** Says the charts show the last valid version (true) or the draft as it is (false). */
  stale(isStale: boolean): void;
  ready(): Promise<void>;
}

export function mountEditorPreview(doc: Document): EditorPreview {
  const element = el(doc, 'section', { class: 'editor-preview', 'aria-labelledby': 'editor-preview-heading' });
  const heading = el(doc, 'h3', { id: 'editor-preview-heading', class: 'editor-section__title' }, t('Preview'));
  const lead = el(doc, 'p', { class: 'editor-hint' });
  const staleNote = el(doc, 'p', { class: 'editor-stale', role: 'status' });
  const legend = el(doc, 'ul', { class: 'chart-legend planner-legend', 'aria-label': t('Chart key') });
  const grid = el(doc, 'div', { class: 'editor-chart-grid' });
  const cards = PLANNER_CHARTS.map((id) => {
    const { figure, canvas, details, table } = plannerChartCard(doc, id, `editor-chart-${id}`);
    grid.append(figure);
    const card: { chart: PlannerChart; details: HTMLDetailsElement; table: HTMLTableElement; spec: PlannerChartSpec | null } = {
      chart: mountPlannerChart(canvas),
      details,
      table,
      spec: null,
    };
    details.addEventListener('toggle', () => {
      if (details.open && card.spec) fillDataTable(doc, table, card.spec);
    });
    return { id, ...card, card };
  });
  element.append(heading, lead, staleNote, legend, grid);
  let draws = 0;

  return {
    element,
    draw(scenario) {
      const setting = { scenario, seed: DEFAULT_SEED, horizon: scenario.termYears, difficulty: DEFAULT_DIFFICULTY };
      const baseline = runPlan(setting, null);
      const balanced = runPlan(setting, { name: 'balanced', years: [BALANCED] });
      const runs: PlannerRunInput[] = [
        { id: 'plan', label: t('Balanced plan'), kind: 'plan', style: 0, states: balanced.states },
        { id: 'baseline', label: t('No new policy'), kind: 'baseline', style: 0, states: baseline.states },
      ];
      for (const c of cards) {
        const spec = plannerChartSpec(c.id, runs, setting.horizon);
        c.card.spec = spec;
        c.chart.set(spec);
        c.chart.label(spec.ariaLabel);
        if (c.details.open) fillDataTable(doc, c.table, spec);
      }
      lead.textContent = t(
        'Your cluster from {first} to {last} (seed {seed}): with no new policy, and with a balanced plan (a fifth of the budget on each line, joint projects, labor standards).',
        { first: scenario.startYear, last: scenario.startYear + setting.horizon, seed: DEFAULT_SEED },
      );
      legend.replaceChildren(
        ...runs.map((run) => {
          const item = el(doc, 'li', { class: `chart-legend__item planner-legend__item planner-legend__item--${run.kind}` });
          item.append(lineSwatch(doc, run), el(doc, 'span', {}, run.label));
          return item;
        }),
      );
      // For tests and tools: how many times the preview has been drawn, and what it ends on.
      draws += 1;
      const jobs = cards.find((c) => c.id === 'employment')?.card.spec;
      const last = jobs?.series[1]?.values.at(-1) ?? null;
      element.dataset.draws = String(draws);
      element.dataset.baselineJobs = last === null ? '' : String(Math.round(last));
    },
    stale(isStale) {
      staleNote.textContent = isStale ? t('The preview shows the last valid version: fix the problems to update it.') : '';
      element.classList.toggle('editor-preview--stale', isStale);
    },
    async ready() {
      await Promise.all(cards.map((c) => c.chart.ready()));
    },
  };
}
