// The planner's analysis panels (issue 10, items 6-8), each run in the planner's Web Worker
// (src/platform/plan-worker.ts) with a progress bar and Cancel, so the page stays responsive:
//   Uncertainty  N seeds of the plan and the baseline: p10-p90 fans on the charts, and a table of
//                each outcome's spread, the chance the plan beats the baseline and of each goal.
//   Sensitivity  the tornado (which lever or rule moves poverty, jobs or output most) and its table.
//   Optimiser    searches the plan's phases for an objective under constraints, saves the best plan
//                (so it is in the comparison), shows the trade-off frontier, and Play this plan.
// Results belong to the plan and assumptions they were run for: a change marks them as out of date
// (the fans go from the charts at once).
import { PLAN_OUTCOMES, type PlanCase, type PlanOutcome } from '../view/plan-case';
import { UNCERTAINTY_RUNS, type UncertaintyResult } from '../view/plan-uncertainty';
import {
  SENSITIVITY_OUTCOMES,
  sensitivityRows,
  type SensitivityChange,
  type SensitivityFactor,
  type SensitivityResult,
} from '../view/plan-sensitivity';
import { NOT_WORSE_THAN_BASELINE, type OptimiseConstraint, type OptimiseResult } from '../view/plan-optimiser';
import {
  plannerPlanOfOptimised,
  phaseStartsOf,
  scatterFrame,
  tornadoLayout,
  yearlyDecisions,
} from '../view/planner-analysis';
import { expandPlan, onSetting, type PlannerPlan } from '../view/planner';
import { SUMMARY_DEFINITIONS } from '../view/planner-summary';
import { INCENTIVE_TARGET_LABELS } from '../view/budget';
import { LEVER_LABELS } from '../view/labels';
import { shownScenario } from '../view/scenario-text';
import {
  formatChange,
  formatNumber,
  formatPct,
  formatPointChange,
  formatShare,
  formatUsdMChange,
} from '../view/format';
import { LEVERS, type IncentiveTarget, type Lever } from '../model';
import { MAX_PLAN_NAME, type SaveOutcome, type SavedPlan } from '../platform/plan-store';
import {
  createPlanWorkerClient,
  PlanTaskCancelled,
  type PlanProgress,
  type PlanTask,
  type PlanWorkerClient,
} from '../platform/plan-worker-client';
import { niceTicks, PLAN_STYLE, BASELINE_STYLE, SAVED_STYLES } from './charts/planner-chart';
import { el, tableHead } from './component';
import { t } from './i18n';
import type { PlayPlanRequest } from './planner-host';

export interface AnalysisHost {
  doc: Document;
  plan(): PlannerPlan;
  planCase(): PlanCase;
  saved(): SavedPlan[];
  savePlan(name: string, plan: PlannerPlan): SaveOutcome;
  /** Draws (or, with null, removes) the uncertainty fans on the charts. */
  showFans(result: UncertaintyResult | null): void;
  baselineName(): string;
  announce(message: string): void;
  play?(request: PlayPlanRequest): void;
}

export interface PlannerAnalysis {
  element: HTMLElement;
  /** The plan or the assumptions changed: results on screen are for another plan. */
  planChanged(): void;
  /** The worker client (tools and benchmarks). */
  client(): PlanWorkerClient;
}

const SVG = 'http://www.w3.org/2000/svg';

function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

const outcomeLabel = (o: PlanOutcome): string => t(SUMMARY_DEFINITIONS[o].label);
const outcomeValue = (o: PlanOutcome, v: number): string => SUMMARY_DEFINITIONS[o].value(v);
const chance = (share: number): string => formatPct(share * 100, { digits: 0 });

/** An effect on an outcome at the horizon, in the outcome's own unit. */
function effectText(o: PlanOutcome, d: number): string {
  switch (o) {
    case 'poverty':
    case 'workingConditions':
    case 'trust':
    case 'externalDependence':
      return formatPointChange(d);
    case 'output':
      return formatUsdMChange(d);
    case 'growth':
      return formatChange(d, { unit: 'points' });
    case 'employment':
      return formatChange(d, { digits: 0 });
  }
}

function factorLabel(factor: SensitivityFactor): string {
  if ((LEVERS as readonly string[]).includes(factor)) return t(LEVER_LABELS[factor as Lever]);
  if (factor === 'tariff') return t('Tariff');
  if (factor === 'incentiveTarget') return t('Incentive target');
  return t('Labor standards');
}

function changeLabel(change: SensitivityChange, standards?: 'on' | 'off' | 'mixed'): string {
  if (change === 'minus') return t('10 points less');
  if (change === 'plus') return t('10 points more');
  if (change === 'switched')
    return standards === 'on'
      ? t('Switched on')
      : standards === 'off'
        ? t('Switched off')
        : t('Switched in every year');
  return t(INCENTIVE_TARGET_LABELS[change as IncentiveTarget]);
}

/** A running job's controls: a progress bar (role progressbar), what is done, and Cancel. */
function jobControls(doc: Document, progressName: string) {
  const box = el(doc, 'div', { class: 'planner-job', hidden: '' });
  const progress = el(doc, 'progress', { max: '1', value: '0', 'aria-label': progressName, class: 'planner-job__bar' });
  const done = el(doc, 'span', { class: 'planner-job__done' });
  const cancel = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Cancel'));
  box.append(progress, done, cancel);
  let task: PlanTask<unknown> | null = null;
  cancel.addEventListener('click', () => task?.cancel());
  return {
    element: box,
    running: () => task !== null,
    begin(next: PlanTask<unknown>): void {
      task = next;
      box.dataset.reports = '0';
      progress.value = 0;
      setText(done, '');
      box.hidden = false;
    },
    progress(p: PlanProgress, text: string): void {
      progress.value = p.fraction;
      setText(done, text);
      // How many progress reports the last job gave (tools and browser tests).
      box.dataset.reports = String(Number(box.dataset.reports ?? 0) + 1);
    },
    end(): void {
      task = null;
      box.hidden = true;
    },
    cancel(): void {
      task?.cancel();
    },
  };
}

function tableIn(
  doc: Document,
  labelledBy: string,
  className: string,
): { scroll: HTMLElement; table: HTMLTableElement } {
  const table = el(doc, 'table', { class: `data-table ${className}` });
  const scroll = el(doc, 'div', {
    class: 'table-scroll',
    role: 'region',
    'aria-labelledby': labelledBy,
    tabindex: '0',
  });
  scroll.append(table);
  return { scroll, table };
}

/** A table head whose first column names the rows and the others hold numbers. */
function headRow(doc: Document, cells: string[]): HTMLTableSectionElement {
  return tableHead(
    doc,
    cells.map((text, i) => ({ text, numeric: i > 0 })),
  );
}

function bodyRow(
  doc: Document,
  head: string,
  cells: (string | Node)[],
  attrs: Record<string, string> = {},
): HTMLTableRowElement {
  const row = el(doc, 'tr', attrs);
  row.append(
    el(doc, 'th', { scope: 'row' }, head),
    ...cells.map((c) => {
      const td = el(doc, 'td', { class: 'num' });
      td.append(c);
      return td;
    }),
  );
  return row;
}

/** A median over its 10th-90th percentile range, on two lines (narrow screens). */
function spreadCell(doc: Document, median: string, low: string, high: string): HTMLElement {
  const cell = el(doc, 'span', { class: 'planner-spread' });
  cell.append(
    el(doc, 'span', { class: 'planner-spread__median' }, median),
    ' ',
    el(doc, 'span', { class: 'planner-spread__range' }, t('({low} to {high})', { low, high })),
  );
  return cell;
}

const seconds = (ms: number): string => formatNumber(ms / 1000, { digits: 1 });

export function mountPlannerAnalysis(host: AnalysisHost): PlannerAnalysis {
  const { doc } = host;
  let worker: PlanWorkerClient | null = null;
  const client = (): PlanWorkerClient => (worker ??= createPlanWorkerClient());
  const element = el(doc, 'div', { class: 'planner-analysis' });

  const failure = (error: unknown): string =>
    error instanceof PlanTaskCancelled ? '' : error instanceof Error ? error.message : String(error);

  // ---------------------------------------------------------------------------------------------
  // Uncertainty.
  const uSection = el(doc, 'section', {
    class: 'planner-panel planner-uncertainty',
    'aria-labelledby': 'planner-uncertainty-heading',
  });
  const uHeading = el(
    doc,
    'h3',
    { id: 'planner-uncertainty-heading', class: 'planner-section__title' },
    t('Uncertainty'),
  );
  const uHint = el(
    doc,
    'p',
    { class: 'planner-hint' },
    t(
      'Luck matters: run this plan and the baseline over many seeds (each seed gives both the same shocks and events). The charts then show the 10th to 90th percentile as a band around the median.',
    ),
  );
  const uRow = el(doc, 'div', { class: 'planner-panel__row' });
  const runsInput = el(doc, 'input', {
    type: 'number',
    id: 'planner-uncertainty-runs',
    min: String(UNCERTAINTY_RUNS.min),
    max: String(UNCERTAINTY_RUNS.max),
    step: '1',
    value: String(UNCERTAINTY_RUNS.default),
    inputmode: 'numeric',
    'aria-describedby': 'planner-uncertainty-runs-unit',
  });
  const uButton = el(doc, 'button', { type: 'button', class: 'primary' }, t('Run uncertainty'));
  uRow.append(
    el(doc, 'label', { for: 'planner-uncertainty-runs', class: 'planner-field' }, t('Runs')),
    runsInput,
    el(
      doc,
      'span',
      { id: 'planner-uncertainty-runs-unit', class: 'planner-unit' },
      t('seeds, 1 to {max}', { max: formatNumber(UNCERTAINTY_RUNS.max) }),
    ),
    uButton,
  );
  const uJob = jobControls(doc, t('Uncertainty runs done'));
  const uStatus = el(doc, 'p', { class: 'planner-status', role: 'status' });
  const uResults = el(doc, 'div', { class: 'planner-panel__results', hidden: '' });
  const uTableHeading = el(doc, 'h4', { id: 'planner-uncertainty-table-heading', class: 'planner-panel__subtitle' });
  const uTable = tableIn(doc, 'planner-uncertainty-table-heading', 'planner-uncertainty-table');
  const gTableHeading = el(
    doc,
    'h4',
    { id: 'planner-goals-table-heading', class: 'planner-panel__subtitle' },
    t('Chance of meeting each goal'),
  );
  const gTable = tableIn(doc, 'planner-goals-table-heading', 'planner-goals-table');
  const uCollapse = el(doc, 'p', { class: 'planner-hint' });
  uResults.append(uTableHeading, uTable.scroll, gTableHeading, gTable.scroll, uCollapse);
  uSection.append(uHeading, uHint, uRow, uJob.element, uStatus, uResults);

  let uncertaintyFor: PlannerPlan | null = null;
  uButton.addEventListener('click', () => {
    const runs = runsInput.valueAsNumber;
    if (!Number.isInteger(runs) || runs < UNCERTAINTY_RUNS.min || runs > UNCERTAINTY_RUNS.max) {
      setText(uStatus, t('Runs must be a whole number from 1 to {max}.', { max: formatNumber(UNCERTAINTY_RUNS.max) }));
      runsInput.focus();
      return;
    }
    uJob.cancel();
    const plan = host.plan();
    const started = performance.now();
    const task = client().uncertainty(host.planCase(), { seed: plan.seed, runs }, (p) =>
      uJob.progress(p, t('{done} of {total} seeds', { done: formatNumber(p.done), total: formatNumber(p.total) })),
    );
    uJob.begin(task);
    uButton.disabled = true;
    setText(uStatus, t('Running {n} seeds…', { n: formatNumber(runs) }));
    task.promise.then(
      (result) => {
        uJob.end();
        uButton.disabled = false;
        const took = performance.now() - started;
        performance.measure?.('planner:uncertainty', { start: started, end: started + took });
        if (host.plan() !== plan) {
          setText(uStatus, t('The plan changed while the seeds ran: run uncertainty again for this plan.'));
          return;
        }
        uncertaintyFor = plan;
        drawUncertainty(result);
        host.showFans(result);
        const text = t('{n} seeds done in {s} s: the bands are on the charts.', {
          n: formatNumber(result.runs),
          s: seconds(took),
        });
        setText(uStatus, text);
        host.announce(text);
        doc.documentElement.dataset.plannerUncertainty = String(result.runs);
      },
      (error: unknown) => {
        uJob.end();
        uButton.disabled = false;
        const reason = failure(error);
        setText(
          uStatus,
          reason ? t('The uncertainty runs failed: {reason}', { reason }) : t('Cancelled: no bands are drawn.'),
        );
        if (!reason) host.announce(t('Cancelled: no bands are drawn.'));
      },
    );
  });

  function drawUncertainty(r: UncertaintyResult): void {
    const base = host.baselineName();
    setText(
      uTableHeading,
      t('At the horizon over {n} seeds ({first} to {last})', {
        n: formatNumber(r.runs),
        first: r.baseSeed,
        last: r.baseSeed + r.runs - 1,
      }),
    );
    const caption = el(
      doc,
      'caption',
      {},
      t(
        'Median and 10th to 90th percentile of each outcome, and the share of seeds in which this plan does better than {base}.',
        { base },
      ),
    );
    const body = el(doc, 'tbody');
    for (const o of PLAN_OUTCOMES) {
      const p = r.horizon.plan[o];
      const b = r.horizon.baseline[o];
      body.append(
        bodyRow(
          doc,
          outcomeLabel(o),
          [
            spreadCell(doc, outcomeValue(o, p.p50), outcomeValue(o, p.p10), outcomeValue(o, p.p90)),
            spreadCell(doc, outcomeValue(o, b.p50), outcomeValue(o, b.p10), outcomeValue(o, b.p90)),
            chance(r.beatChance[o]),
          ],
          { 'data-outcome': o },
        ),
      );
    }
    uTable.table.replaceChildren(
      caption,
      headRow(doc, [t('Outcome'), t('This plan'), base, t('Chance this plan does better')]),
      body,
    );
    const gBody = el(doc, 'tbody');
    // Goals in the scenario's order, named in the reader's language.
    const shown = shownScenario(host.planCase().scenario).goals;
    r.goals.forEach((g, i) =>
      gBody.append(bodyRow(doc, shown[i]?.label ?? g.label, [chance(g.plan), chance(g.baseline)])),
    );
    gTable.table.replaceChildren(
      el(doc, 'caption', {}, t('Share of seeds in which each of the scenario’s goals is met at the horizon.')),
      headRow(doc, [t('Goal'), t('This plan'), base]),
      gBody,
    );
    setText(
      uCollapse,
      t(
        'Stakeholder approval collapses before the horizon (the game would end early) in {plan} of the seeds with this plan and {base} with no new policy.',
        {
          plan: chance(r.collapseChance.plan),
          base: chance(r.collapseChance.baseline),
        },
      ),
    );
    uResults.hidden = false;
    uResults.dataset.stale = 'false';
  }

  // ---------------------------------------------------------------------------------------------
  // Sensitivity.
  const sSection = el(doc, 'section', {
    class: 'planner-panel planner-sensitivity',
    'aria-labelledby': 'planner-sensitivity-heading',
  });
  const sHeading = el(
    doc,
    'h3',
    { id: 'planner-sensitivity-heading', class: 'planner-section__title' },
    t('Sensitivity'),
  );
  const sHint = el(
    doc,
    'p',
    { class: 'planner-hint' },
    t(
      'Which lever matters most? Each budget line moved 10 points of the budget down and up in every year, the tariff 10 points, the incentive target and labor standards switched, around this plan (mean over 20 seeds).',
    ),
  );
  const sRow = el(doc, 'div', { class: 'planner-panel__row' });
  const sButton = el(doc, 'button', { type: 'button', class: 'primary' }, t('Run sensitivity'));
  const sOutcome = el(doc, 'select', { id: 'planner-sensitivity-outcome' });
  for (const o of SENSITIVITY_OUTCOMES) sOutcome.append(el(doc, 'option', { value: o }, outcomeLabel(o)));
  sRow.append(
    sButton,
    el(doc, 'label', { for: 'planner-sensitivity-outcome', class: 'planner-field' }, t('Outcome')),
    sOutcome,
  );
  const sJob = jobControls(doc, t('Sensitivity runs done'));
  const sStatus = el(doc, 'p', { class: 'planner-status', role: 'status' });
  const sResults = el(doc, 'div', { class: 'planner-panel__results planner-sensitivity__results', hidden: '' });
  const tornadoFigure = el(doc, 'figure', {
    class: 'planner-tornado-card',
    'aria-labelledby': 'planner-tornado-title',
  });
  const tornadoTitle = el(doc, 'h4', { id: 'planner-tornado-title', class: 'planner-panel__subtitle' });
  const tornadoChart = el(doc, 'div', { class: 'planner-tornado', role: 'img' });
  const tornadoKey = el(doc, 'p', { class: 'planner-hint planner-tornado__key' });
  tornadoFigure.append(tornadoTitle, tornadoChart, tornadoKey);
  const sTableHeading = el(
    doc,
    'h4',
    { id: 'planner-sensitivity-table-heading', class: 'planner-panel__subtitle' },
    t('Sensitivity data table'),
  );
  const sTable = tableIn(doc, 'planner-sensitivity-table-heading', 'planner-sensitivity-table');
  const sTableBox = el(doc, 'div', { class: 'planner-sensitivity__table' });
  sTableBox.append(sTableHeading, sTable.scroll);
  sResults.append(tornadoFigure, sTableBox);
  sSection.append(sHeading, sHint, sRow, sJob.element, sStatus, sResults);
  let sensitivity: SensitivityResult | null = null;

  sButton.addEventListener('click', () => {
    sJob.cancel();
    const plan = host.plan();
    const task = client().sensitivity(host.planCase(), { seed: plan.seed }, (p) =>
      sJob.progress(p, t('{done} of {total} runs', { done: formatNumber(p.done), total: formatNumber(p.total) })),
    );
    sJob.begin(task);
    sButton.disabled = true;
    setText(sStatus, t('Moving each lever in turn…'));
    task.promise.then(
      (result) => {
        sJob.end();
        sButton.disabled = false;
        sensitivity = result;
        drawSensitivity();
        sResults.dataset.stale = String(host.plan() !== plan);
        const text = t('Sensitivity done: the levers that move {outcome} most come first.', {
          outcome: outcomeLabel(sOutcome.value as PlanOutcome).toLowerCase(),
        });
        setText(
          sStatus,
          host.plan() !== plan
            ? t('Done, but the plan changed meanwhile: these results are for the plan as it was.')
            : text,
        );
        host.announce(text);
      },
      (error: unknown) => {
        sJob.end();
        sButton.disabled = false;
        const reason = failure(error);
        setText(sStatus, reason ? t('The sensitivity runs failed: {reason}', { reason }) : t('Cancelled.'));
      },
    );
  });
  sOutcome.addEventListener('change', () => drawSensitivity());

  function drawSensitivity(): void {
    const r = sensitivity;
    if (!r) return;
    const outcome = sOutcome.value as PlanOutcome;
    const bars = tornadoLayout(r, outcome);
    setText(
      tornadoTitle,
      t('What moves {outcome} at the horizon most', { outcome: outcomeLabel(outcome).toLowerCase() }),
    );
    const better = SUMMARY_DEFINITIONS[outcome].better;
    tornadoChart.replaceChildren(
      ...bars.map((bar) => {
        const row = el(doc, 'div', { class: 'planner-tornado__row', 'data-factor': bar.factor });
        const name = el(doc, 'span', { class: 'planner-tornado__name' }, factorLabel(bar.factor));
        const track = el(doc, 'span', { class: 'planner-tornado__track', 'aria-hidden': 'true' });
        const zero = el(doc, 'span', { class: 'planner-tornado__zero' });
        zero.style.insetInlineStart = `${bar.zero}%`;
        const down = el(doc, 'span', {
          class: 'planner-tornado__bar',
          'data-tone': better === null ? 'neutral' : better === 'up' ? 'bad' : 'good',
        });
        down.style.insetInlineStart = `${bar.start}%`;
        down.style.inlineSize = `${Math.max(0, bar.zero - bar.start)}%`;
        const up = el(doc, 'span', {
          class: 'planner-tornado__bar',
          'data-tone': better === null ? 'neutral' : better === 'up' ? 'good' : 'bad',
        });
        up.style.insetInlineStart = `${bar.zero}%`;
        up.style.inlineSize = `${Math.max(0, bar.start + bar.length - bar.zero)}%`;
        track.append(down, up, zero);
        const values = el(
          doc,
          'span',
          { class: 'planner-tornado__values' },
          `${effectText(outcome, bar.low)} / ${effectText(outcome, bar.high)}`,
        );
        row.append(name, track, values);
        return row;
      }),
    );
    const top = bars
      .slice(0, 3)
      .map((b) =>
        t('{factor} from {low} to {high}', {
          factor: factorLabel(b.factor),
          low: effectText(outcome, b.low),
          high: effectText(outcome, b.high),
        }),
      );
    tornadoChart.setAttribute(
      'aria-label',
      t(
        'Tornado chart of the change in {outcome} at the horizon when each lever moves, largest first: {top}. Data table beside.',
        {
          outcome: outcomeLabel(outcome).toLowerCase(),
          top: top.join('; '),
        },
      ),
    );
    setText(
      tornadoKey,
      better === null
        ? t('Each bar spans the effects of moving that lever down and up; the line is this plan.')
        : t(
            'Each bar spans the effects of moving that lever down and up; the line is this plan. Blue is better, vermillion worse.',
          ),
    );
    const rows = sensitivityRows(r, outcome);
    const body = el(doc, 'tbody');
    for (const row of rows)
      body.append(
        bodyRow(
          doc,
          factorLabel(row.factor),
          [
            changeLabel(row.change, row.standards),
            effectText('poverty', row.poverty),
            effectText('employment', row.employment),
            effectText('output', row.output),
          ],
          {
            'data-factor': row.factor,
          },
        ),
      );
    sTable.table.replaceChildren(
      el(
        doc,
        'caption',
        {},
        t('Change of each outcome at the horizon against this plan, mean over {n} seeds.', { n: r.seeds }),
      ),
      headRow(doc, [
        t('Lever'),
        t('Change'),
        outcomeLabel('poverty'),
        outcomeLabel('employment'),
        outcomeLabel('output'),
      ]),
      body,
    );
    sResults.hidden = false;
  }

  // ---------------------------------------------------------------------------------------------
  // Optimiser.
  const oSection = el(doc, 'section', {
    class: 'planner-panel planner-optimiser',
    'aria-labelledby': 'planner-optimiser-heading',
  });
  const oHeading = el(doc, 'h3', { id: 'planner-optimiser-heading', class: 'planner-section__title' }, t('Optimiser'));
  const oHint = el(
    doc,
    'p',
    { class: 'planner-hint' },
    t(
      'Let the computer search this plan’s phases (every budget share, the tariff, the incentive target and labor standards) for the best result on 8 fixed seeds, so the plan found is not luck. Every plan it tries stays within the budget.',
    ),
  );
  const oFields = el(doc, 'div', { class: 'planner-panel__fields' });
  const objective = el(doc, 'select', { id: 'planner-optimise-objective' });
  const OBJECTIVES: [PlanOutcome, string][] = [
    ['poverty', t('Lowest poverty')],
    ['employment', t('Most jobs')],
    ['output', t('Highest output')],
    ['growth', t('Highest average growth')],
    ['workingConditions', t('Best working conditions')],
  ];
  for (const [value, label] of OBJECTIVES) objective.append(el(doc, 'option', { value }, label));
  const axisSelect = (id: string, chosen: PlanOutcome): HTMLSelectElement => {
    const select = el(doc, 'select', { id });
    for (const o of PLAN_OUTCOMES) select.append(el(doc, 'option', { value: o }, outcomeLabel(o)));
    select.value = chosen;
    return select;
  };
  const xAxis = axisSelect('planner-frontier-x', 'growth');
  const yAxis = axisSelect('planner-frontier-y', 'poverty');
  const field = (label: string, control: HTMLElement): HTMLElement => {
    const wrap = el(doc, 'div', { class: 'planner-panel__field' });
    wrap.append(el(doc, 'label', { for: control.id, class: 'planner-field' }, label), control);
    return wrap;
  };
  oFields.append(field(t('Objective'), objective), field(t('Trade-off: across'), xAxis), field(t('against'), yAxis));
  const constraints = el(doc, 'fieldset', { class: 'planner-constraints' });
  constraints.append(el(doc, 'legend', {}, t('Constraints')));
  const check = (id: string, label: string): HTMLInputElement => {
    const box = el(doc, 'input', { type: 'checkbox', id, checked: '' });
    const wrap = el(doc, 'div', { class: 'planner-check' });
    wrap.append(box, el(doc, 'label', { for: id }, label));
    constraints.append(wrap);
    return box;
  };
  const keepJobs = check('planner-constraint-jobs', t('Employment at least the baseline’s'));
  const keepConditions = check('planner-constraint-conditions', t('Working conditions not worse than the baseline’s'));
  constraints.append(el(doc, 'p', { class: 'planner-hint' }, t('Every plan spends at most the yearly budget.')));
  const oRow = el(doc, 'div', { class: 'planner-panel__row' });
  const oButton = el(doc, 'button', { type: 'button', class: 'primary' }, t('Optimise'));
  oRow.append(oButton);
  const oJob = jobControls(doc, t('Plans tried'));
  const oStatus = el(doc, 'p', { class: 'planner-status', role: 'status' });
  const oResults = el(doc, 'div', { class: 'planner-panel__results', hidden: '' });
  const found = el(doc, 'p', { class: 'planner-optimiser__found' });
  const foundHeading = el(
    doc,
    'h4',
    { id: 'planner-found-heading', class: 'planner-panel__subtitle' },
    t('The plan found, phase by phase'),
  );
  const foundTable = tableIn(doc, 'planner-found-heading', 'planner-found-table');
  const oActions = el(doc, 'div', { class: 'planner-panel__row' });
  const playButton = el(doc, 'button', { type: 'button', class: 'primary' }, t('Play this plan'));
  const saveAgain = el(doc, 'button', { type: 'button', class: 'secondary', hidden: '' }, t('Save found plan'));
  oActions.append(playButton, saveAgain);
  const frontierFigure = el(doc, 'figure', {
    class: 'planner-frontier-card',
    'aria-labelledby': 'planner-frontier-title',
  });
  const frontierTitle = el(doc, 'h4', { id: 'planner-frontier-title', class: 'planner-panel__subtitle' });
  const frontierSvg = doc.createElementNS(SVG, 'svg');
  frontierSvg.setAttribute('class', 'planner-frontier');
  frontierSvg.setAttribute('role', 'img');
  frontierSvg.setAttribute('viewBox', '0 0 560 320');
  const frontierKey = el(doc, 'ul', { class: 'chart-legend planner-frontier__key', 'aria-label': t('Chart key') });
  frontierFigure.append(frontierTitle, frontierSvg, frontierKey);
  const fTableHeading = el(
    doc,
    'h4',
    { id: 'planner-frontier-table-heading', class: 'planner-panel__subtitle' },
    t('Trade-off data table'),
  );
  const fTable = tableIn(doc, 'planner-frontier-table-heading', 'planner-frontier-table');
  const frontierBox = el(doc, 'div', { class: 'planner-frontier-layout' });
  const fTableBox = el(doc, 'div', {});
  fTableBox.append(fTableHeading, fTable.scroll);
  frontierBox.append(frontierFigure, fTableBox);
  oResults.append(found, oActions, foundHeading, foundTable.scroll, frontierBox);
  oSection.append(oHeading, oHint, oFields, constraints, oRow, oJob.element, oStatus, oResults);

  let optimised: { result: OptimiseResult; plan: PlannerPlan; name: string } | null = null;

  oButton.addEventListener('click', () => {
    oJob.cancel();
    const plan = host.plan();
    const c = host.planCase();
    const outcome = objective.value as PlanOutcome;
    const chosen: OptimiseConstraint[] = [];
    if (keepJobs.checked) chosen.push(NOT_WORSE_THAN_BASELINE[0] as OptimiseConstraint);
    if (keepConditions.checked) chosen.push(NOT_WORSE_THAN_BASELINE[1] as OptimiseConstraint);
    const objectiveName = OBJECTIVES.find(([o]) => o === outcome)?.[1] ?? outcomeLabel(outcome);
    const name = t('Optimised: {objective}', { objective: objectiveName }).slice(0, MAX_PLAN_NAME);
    const marked = host.saved().map((s) => expandPlan(onSetting(s.plan, plan.horizon, plan.seed), s.name));
    const started = performance.now();
    const task = client().optimise(
      c,
      {
        seed: plan.seed,
        objective: { outcome },
        constraints: chosen,
        phaseStarts: phaseStartsOf(plan),
        frontier: { x: xAxis.value as PlanOutcome, y: yAxis.value as PlanOutcome },
        name,
        marked,
      },
      (p) =>
        oJob.progress(p, t('{done} of {total} plans', { done: formatNumber(p.done), total: formatNumber(p.total) })),
    );
    oJob.begin(task);
    oButton.disabled = true;
    setText(oStatus, t('Searching…'));
    task.promise.then(
      (result) => {
        oJob.end();
        oButton.disabled = false;
        const foundPlan = plannerPlanOfOptimised(plan, result.phases);
        optimised = { result, plan: foundPlan, name };
        const saved = save();
        drawOptimised();
        const took = seconds(performance.now() - started);
        const text = saved
          ? t('Found in {s} s and saved as "{name}": it is in the comparison below.', { s: took, name })
          : t('Found in {s} s.', { s: took });
        setText(oStatus, saved ? text : `${text} ${oStatus.dataset.saveProblem ?? ''}`);
        host.announce(text);
        doc.documentElement.dataset.plannerOptimised = name;
      },
      (error: unknown) => {
        oJob.end();
        oButton.disabled = false;
        const reason = failure(error);
        setText(oStatus, reason ? t('The optimiser failed: {reason}', { reason }) : t('Cancelled: no plan was saved.'));
      },
    );
  });

  /** Saves the plan found; false (and says why) when it cannot. */
  function save(): boolean {
    if (!optimised) return false;
    const outcome = host.savePlan(optimised.name, optimised.plan);
    saveAgain.hidden = outcome.ok;
    if (outcome.ok) {
      delete oStatus.dataset.saveProblem;
      return true;
    }
    oStatus.dataset.saveProblem =
      outcome.reason === 'limit'
        ? t(
            'It could not be saved: {n} plans are saved for this cluster already. Delete one under Compare plans, then press Save found plan.',
            { n: 4 },
          )
        : t('It could not be saved.');
    return false;
  }
  saveAgain.addEventListener('click', () => {
    if (save() && optimised)
      setText(oStatus, t('"{name}" saved: it is in the comparison below.', { name: optimised.name }));
    else setText(oStatus, oStatus.dataset.saveProblem ?? '');
  });

  playButton.addEventListener('click', () => {
    if (!optimised || !host.play) return;
    const p = optimised.plan;
    host.play({
      scenarioId: p.scenarioId,
      seed: p.seed,
      years: p.horizon,
      ...(p.budgetUsdM !== undefined ? { budgetUsdM: p.budgetUsdM } : {}),
      decisions: yearlyDecisions(p),
    });
  });
  playButton.hidden = !host.play;

  function drawOptimised(): void {
    if (!optimised) return;
    const { result } = optimised;
    const o = result.objective.outcome;
    const base = host.baselineName();
    setText(
      found,
      `${t(
        '{objective}: {value} with the plan found, {start} with this plan and {baseline} with {base} (mean over {n} seeds).',
        {
          objective: outcomeLabel(o),
          value: outcomeValue(o, result.objective.value),
          start: outcomeValue(o, result.objective.start),
          baseline: outcomeValue(o, result.objective.baseline),
          base,
          n: result.seeds.length,
        },
      )} ${result.feasible ? t('It meets every constraint.') : t('No plan tried met every constraint: this one comes closest.')}`,
    );
    const body = el(doc, 'tbody');
    for (const phase of result.phases) {
      const d = phase.decisions;
      body.append(
        bodyRow(doc, t('Years {from} to {to}', { from: phase.from, to: phase.to }), [
          ...LEVERS.map((l) => formatShare(d.allocation[l], { digits: 0 })),
          formatShare(d.tariff, { digits: 0 }),
          t(INCENTIVE_TARGET_LABELS[d.incentiveTarget]),
          d.laborStandards ? t('On') : t('Off'),
        ]),
      );
    }
    foundTable.table.replaceChildren(
      el(doc, 'caption', {}, t('Budget shares and rules of the plan found.')),
      headRow(doc, [
        t('Phase'),
        ...LEVERS.map((l) => t(LEVER_LABELS[l])),
        t('Tariff'),
        t('Incentive target'),
        t('Labor standards'),
      ]),
      body,
    );
    // Shown before the frontier is drawn: the drawing takes the card's width.
    oResults.hidden = false;
    oResults.dataset.stale = 'false';
    drawFrontier(result);
  }

  function drawFrontier(result: OptimiseResult): void {
    const f = result.frontier;
    const xName = outcomeLabel(f.x);
    const yName = outcomeLabel(f.y);
    setText(frontierTitle, t('Trade-off: {x} against {y}', { x: xName, y: yName }));
    // The drawing's own size follows the card's (read once per result), so its text stays legible on a phone.
    const W = Math.round(Math.min(640, Math.max(300, frontierFigure.clientWidth || 560)));
    const H = Math.round(Math.min(340, Math.max(240, W * 0.6)));
    frontierSvg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    const box = { left: 78, right: W - 16, top: 14, bottom: H - 40 };
    const all = [...f.points, f.baseline, f.start, f.found, ...f.marked];
    const frame = scatterFrame(all, box);
    const svg = (tag: string, attrs: Record<string, string>, text?: string): SVGElement => {
      const node = doc.createElementNS(SVG, tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const nodes: SVGElement[] = [];
    const tickText = (o: PlanOutcome, v: number): string => outcomeValue(o, v);
    for (const v of niceTicks(frame.yMin, frame.yMax, 4)) {
      const y = frame.y(v);
      if (y < box.top - 1 || y > box.bottom + 1) continue;
      nodes.push(
        svg('line', {
          x1: String(box.left),
          x2: String(box.right),
          y1: String(y),
          y2: String(y),
          class: 'planner-frontier__grid',
        }),
      );
      nodes.push(
        svg(
          'text',
          { x: String(box.left - 6), y: String(y + 4), 'text-anchor': 'end', class: 'planner-frontier__tick' },
          tickText(f.y, v),
        ),
      );
    }
    for (const v of niceTicks(frame.xMin, frame.xMax, 4)) {
      const x = frame.x(v);
      if (x < box.left - 1 || x > box.right + 1) continue;
      nodes.push(
        svg('line', {
          x1: String(x),
          x2: String(x),
          y1: String(box.top),
          y2: String(box.bottom),
          class: 'planner-frontier__grid',
        }),
      );
      nodes.push(
        svg(
          'text',
          { x: String(x), y: String(box.bottom + 16), 'text-anchor': 'middle', class: 'planner-frontier__tick' },
          tickText(f.x, v),
        ),
      );
    }
    nodes.push(
      svg(
        'text',
        {
          x: String((box.left + box.right) / 2),
          y: String(H - 4),
          'text-anchor': 'middle',
          class: 'planner-frontier__axis',
        },
        xName,
      ),
    );
    const yMid = (box.top + box.bottom) / 2;
    nodes.push(
      svg(
        'text',
        {
          x: '14',
          y: String(yMid),
          'text-anchor': 'middle',
          transform: `rotate(-90 14 ${yMid})`,
          class: 'planner-frontier__axis',
        },
        yName,
      ),
    );
    if (f.points.length > 1)
      nodes.push(
        svg('polyline', {
          points: f.points.map((p) => `${frame.x(p.x)},${frame.y(p.y)}`).join(' '),
          class: 'planner-frontier__line',
        }),
      );
    for (const p of f.points)
      nodes.push(
        svg('circle', {
          cx: String(frame.x(p.x)),
          cy: String(frame.y(p.y)),
          r: '4',
          class: `planner-frontier__point${p.feasible ? '' : ' planner-frontier__point--infeasible'}`,
        }),
      );
    const mark = (shape: 'triangle' | 'square' | 'star' | 'ring', x: number, y: number, color: string): SVGElement => {
      const cx = frame.x(x);
      const cy = frame.y(y);
      if (shape === 'ring')
        return svg('circle', {
          cx: String(cx),
          cy: String(cy),
          r: '7',
          fill: 'none',
          stroke: color,
          'stroke-width': '3',
        });
      if (shape === 'square')
        return svg('rect', {
          x: String(cx - 6),
          y: String(cy - 6),
          width: '12',
          height: '12',
          fill: color,
          stroke: '#fff',
          'stroke-width': '1.5',
        });
      if (shape === 'triangle')
        return svg('polygon', {
          points: `${cx},${cy - 8} ${cx + 8},${cy + 6} ${cx - 8},${cy + 6}`,
          fill: color,
          stroke: '#fff',
          'stroke-width': '1.5',
        });
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const r = i % 2 === 0 ? 10 : 4.5;
        pts.push(`${cx + Math.cos(a) * r},${cy + Math.sin(a) * r}`);
      }
      return svg('polygon', { points: pts.join(' '), fill: '#b37200', stroke: '#2a2118', 'stroke-width': '1' });
    };
    f.marked.forEach((m, i) =>
      nodes.push(
        mark('square', m.x, m.y, (SAVED_STYLES[i % SAVED_STYLES.length] ?? SAVED_STYLES[0])?.color ?? '#b37200'),
      ),
    );
    nodes.push(mark('triangle', f.baseline.x, f.baseline.y, BASELINE_STYLE.color));
    nodes.push(mark('ring', f.start.x, f.start.y, PLAN_STYLE.color));
    nodes.push(mark('star', f.found.x, f.found.y, '#b37200'));
    frontierSvg.replaceChildren(...nodes);
    const base = host.baselineName();
    frontierSvg.setAttribute(
      'aria-label',
      t(
        'Scatter chart of {x} against {y} for the {n} plans on the trade-off frontier, with the plan found, this plan, {base} and the saved plans marked. Data table beside.',
        {
          x: xName,
          y: yName,
          n: f.points.length,
          base,
        },
      ),
    );
    const keyItem = (swatch: string, label: string): HTMLLIElement => {
      const item = el(doc, 'li', { class: 'chart-legend__item' });
      item.append(
        el(doc, 'span', {
          class: `planner-frontier__swatch planner-frontier__swatch--${swatch}`,
          'aria-hidden': 'true',
        }),
        el(doc, 'span', {}, label),
      );
      return item;
    };
    frontierKey.replaceChildren(
      keyItem('front', t('Plans on the frontier (hollow: misses a constraint)')),
      keyItem('found', t('The plan found')),
      keyItem('start', t('This plan')),
      keyItem('baseline', base),
      ...(f.marked.length > 0 ? [keyItem('saved', t('Saved plans'))] : []),
    );
    const body = el(doc, 'tbody');
    const row = (label: string, x: number, y: number, note = ''): void => {
      body.append(bodyRow(doc, label, [outcomeValue(f.x, x), outcomeValue(f.y, y), note]));
    };
    row(t('The plan found'), f.found.x, f.found.y);
    row(t('This plan'), f.start.x, f.start.y);
    row(base, f.baseline.x, f.baseline.y);
    for (const m of f.marked) row(m.name, m.x, m.y);
    f.points.forEach((p, i) =>
      row(
        t('Frontier plan {n}', { n: i + 1 }),
        p.x,
        p.y,
        p.feasible ? t('Meets the constraints') : t('Misses a constraint'),
      ),
    );
    fTable.table.replaceChildren(
      el(
        doc,
        'caption',
        {},
        t('{x} and {y} at the horizon, mean over {n} seeds.', { x: xName, y: yName, n: result.seeds.length }),
      ),
      headRow(doc, [t('Plan'), xName, yName, t('Constraints')]),
      body,
    );
  }

  element.append(uSection, sSection, oSection);
  // The worker starts (and warms up) when the pointer or focus first comes near the panels, not
  // when the planner opens (that would compete with the first drawing of the charts).
  const warm = (): void => {
    element.removeEventListener('pointerover', warm);
    element.removeEventListener('focusin', warm);
    if (!worker) client().prewarm(host.planCase());
  };
  element.addEventListener('pointerover', warm);
  element.addEventListener('focusin', warm);

  return {
    element,
    planChanged() {
      // Runs for the plan as it was are stopped; results on screen say they are out of date.
      if (uJob.running()) uJob.cancel();
      if (sJob.running()) sJob.cancel();
      if (uncertaintyFor && !uResults.hidden && uResults.dataset.stale !== 'true') {
        uResults.dataset.stale = 'true';
        setText(uStatus, t('The plan or the assumptions changed: run uncertainty again for the bands of this plan.'));
      }
      if (sensitivity && sResults.dataset.stale !== 'true') {
        sResults.dataset.stale = 'true';
        setText(sStatus, t('The plan or the assumptions changed: these results are for the plan as it was.'));
      }
    },
    client,
  };
}
