// The debrief screen (#debrief): why the term ended, the scorecard (graded among a fixed sample of
// plans run with the same luck, the no-new-policy baseline alongside), the scenario's goals, and the six limitations of the seed paper answered with what
// happened in this game. Play again / Choose another cluster leave the game (QUIT).
import type { GameSnapshot } from '../flow';
import { GRADE_MEANINGS, GRADES, selectDebrief, type DebriefView, type Grade } from '../view/debrief';
import { renderMsg, type Msg } from '../view/report';
import { el, outcomeColumns, scrollingTable, tableHead, type Component, type UiContext } from './component';
import { t } from './i18n';
import { scenarioTextsKey } from './scenario-texts';
import './year-report.css';
import './debrief.css';
import { mountOutcomeCharts } from './charts/outcome-charts';
import { mountWaterfall } from './charts/waterfall-view';
import { mountPolicyDifference } from './charts/policy-difference-view';
import { mountGroupsPanel } from './groups-panel';
import { mountExportButtons } from './charts/export-buttons';
import { calibrationSection } from './prediction';
import { handInControl } from './workshop-hand-in';
import { historyComparisonSection } from './history-comparison';

/** Where the buttons lead after QUIT, built by the app shell (app.ts). */
export interface DebriefWays {
  show(screen: 'title' | 'map'): void;
}

const tr = (m: Msg): string => renderMsg(m, t);

function gradeBadge(doc: Document, grade: Grade, extraClass = ''): HTMLElement {
  return el(doc, 'span', { class: `grade grade--${grade} ${extraClass}`.trim(), 'aria-hidden': 'true' }, grade);
}

function scorecardSection(doc: Document, view: DebriefView): HTMLElement {
  const section = el(doc, 'section', { class: 'debrief-card debrief-scorecard', 'aria-labelledby': 'scorecard-heading' });
  section.append(el(doc, 'h3', { id: 'scorecard-heading' }, t('Scorecard')));
  const overall = el(doc, 'p', { class: 'debrief-overall' });
  overall.append(
    gradeBadge(doc, view.overall, 'grade--large'),
    el(doc, 'span', {}, t('Overall: {grade}, {meaning} of the plans tried.', { grade: view.overall, meaning: t(GRADE_MEANINGS[view.overall]) })),
  );
  section.append(overall);
  // On screen only: the printed memo must stay one page, and its legend already says what each grade means.
  for (const line of view.standing) section.append(el(doc, 'p', { class: 'debrief-standing', 'data-print': 'hide' }, tr(line)));
  section.append(
    el(
      doc,
      'p',
      { class: 'debrief-explain' },
      t(
        'Each grade ranks your result among {n} fixed plans run on this cluster with the same luck (the same shocks, and your answers to the events): each lever alone, mixes, balanced and random plans. A means better than nine in ten of them. The no-new-policy column is there for comparison; it does not set the grade.',
        { n: view.plansTried },
      ),
    ),
  );
  const legend = el(doc, 'ul', { class: 'grade-legend', 'aria-label': t('Grades') });
  for (const grade of GRADES) {
    const item = el(doc, 'li');
    item.append(gradeBadge(doc, grade), el(doc, 'span', {}, t(GRADE_MEANINGS[grade])));
    legend.append(item);
  }
  section.append(legend);

  const table = el(doc, 'table', { class: 'report-table scorecard-table' });
  table.append(el(doc, 'caption', { class: 'visually-hidden' }, t('Scorecard: your results, no new policy, and your grade among the plans tried')));
  const head = el(doc, 'tr');
  head.append(
    el(doc, 'th', { scope: 'col' }, t('Measure')),
    el(doc, 'th', { scope: 'col', class: 'num' }, t('You')),
    el(doc, 'th', { scope: 'col', class: 'num' }, t('No new policy')),
    el(doc, 'th', { scope: 'col', class: 'num' }, t('Difference')),
    el(doc, 'th', { scope: 'col' }, t('Grade')),
  );
  const thead = el(doc, 'thead');
  thead.append(head);
  const body = el(doc, 'tbody');
  for (const row of view.scorecard) {
    const tr_ = el(doc, 'tr', { 'data-id': row.id });
    const label = el(doc, 'th', { scope: 'row' });
    label.append(el(doc, 'span', { class: 'score-label' }, t(row.label)), el(doc, 'span', { class: 'score-scale' }, tr(row.scale)));
    const grade = el(doc, 'td', { class: 'score-grade' });
    grade.append(gradeBadge(doc, row.grade), el(doc, 'span', { class: 'visually-hidden' }, t('Grade {grade}: {meaning}', { grade: row.grade, meaning: t(GRADE_MEANINGS[row.grade]) })));
    tr_.append(label, el(doc, 'td', { class: 'num' }, row.yours), el(doc, 'td', { class: 'num' }, row.baseline), el(doc, 'td', { class: 'num' }, row.difference), grade);
    body.append(tr_);
  }
  table.append(thead, body);
  section.append(scrollingTable(doc, table));
  if (view.baselineShort) {
    section.append(el(doc, 'p', { class: 'debrief-explain' }, t('With no new policy the term would have ended early too; the comparison uses its last year.')));
  }
  return section;
}

function goalsSection(doc: Document, view: DebriefView): HTMLElement {
  const section = el(doc, 'section', { class: 'debrief-card debrief-goals', 'aria-labelledby': 'goals-result-heading' });
  section.append(el(doc, 'h3', { id: 'goals-result-heading' }, t('Goals')));
  section.append(el(doc, 'p', { class: 'debrief-goals__count' }, t('You met {met} of {total} goals.', { met: view.goalsMet, total: view.goals.length })));
  const list = el(doc, 'ul', { class: 'goal-list' });
  for (const goal of view.goals) {
    const item = el(doc, 'li', { class: `goal goal--${goal.met ? 'met' : 'missed'}` });
    item.append(
      el(doc, 'span', { class: 'goal__mark', 'aria-hidden': 'true' }, goal.met ? '✓' : '✗'),
      el(doc, 'span', { class: 'goal__status' }, goal.met ? t('Met') : t('Not met')),
      el(doc, 'span', { class: 'goal__label' }, goal.label),
      el(doc, 'span', { class: 'goal__numbers' }, t('Yours: {yours}; goal: {target}', { yours: goal.yours, target: tr(goal.target) })),
    );
    list.append(item);
  }
  section.append(list);
  return section;
}

function weightText(weight: number): string {
  if (weight >= 0.7) return t('Weighs heavily on this cluster');
  if (weight > 0) return t('Weighs on this cluster');
  return t('Not a main weakness here');
}

function limitationsSection(doc: Document, view: DebriefView): HTMLElement {
  const section = el(doc, 'section', { class: 'debrief-limits', 'aria-labelledby': 'limits-result-heading' });
  section.append(el(doc, 'h3', { id: 'limits-result-heading' }, t('The six limitations: what happened in your game')));
  section.append(
    el(
      doc,
      'p',
      { class: 'debrief-explain' },
      t('The seed paper names six reasons why clusters in developing countries deliver less than hoped. Discuss each question with what your game showed.'),
    ),
  );
  const list = el(doc, 'ol', { class: 'limit-answers' });
  for (const limit of view.limitations) {
    const item = el(doc, 'li', { class: `limit-answer${limit.weight > 0 ? ' limit-answer--listed' : ''}`, 'data-limitation': limit.limitation });
    const header = el(doc, 'div', { class: 'limit-answer__header' });
    header.append(el(doc, 'h4', {}, t(limit.label)), el(doc, 'span', { class: 'limit-answer__weight' }, weightText(limit.weight)));
    item.append(header, el(doc, 'p', { class: 'limit-answer__question' }, tr(limit.question)));
    for (const line of limit.answer) item.append(el(doc, 'p', { class: 'limit-answer__text' }, tr(line)));
    list.append(item);
  }
  section.append(list);
  return section;
}

function yearsSection(doc: Document, view: DebriefView): HTMLElement {
  const details = el(doc, 'details', { class: 'debrief-card debrief-years' });
  details.append(el(doc, 'summary', {}, t('Year by year: your cluster and no new policy')));
  const table = el(doc, 'table', { class: 'report-table years-table' });
  table.append(el(doc, 'caption', {}, t('Output, jobs and poverty each year (no new policy in brackets)')));
  const thead = tableHead(doc, outcomeColumns(t('Year')));
  const body = el(doc, 'tbody');
  const cell = (yours: string, base: string | null): HTMLTableCellElement => {
    const td = el(doc, 'td', { class: 'num' });
    td.append(el(doc, 'span', { class: 'years-yours' }, yours));
    if (base) td.append(el(doc, 'span', { class: 'years-base' }, t('({value})', { value: base })));
    return td;
  };
  for (const row of view.years) {
    const tr_ = el(doc, 'tr');
    tr_.append(el(doc, 'th', { scope: 'row' }, String(row.year)), cell(row.output, row.baseOutput), cell(row.jobs, row.baseJobs), cell(row.poverty, row.basePoverty));
    body.append(tr_);
  }
  table.append(thead, body);
  details.append(scrollingTable(doc, table));
  return details;
}

export function mountDebrief(root: HTMLElement, ctx: UiContext, ways: DebriefWays): Component {
  const { doc } = ctx;
  let shownKey: string | null = null;
  root.classList.add('debrief');

  function leave(screen: 'title' | 'map'): void {
    ctx.send({ type: 'QUIT' });
    ways.show(screen);
  }

  function build(view: DebriefView): HTMLElement {
    root.replaceChildren();
    const header = el(doc, 'header', { class: 'debrief-header' });
    const heading = el(doc, 'h2', { id: 'debrief-heading', tabindex: '-1' }, tr(view.heading));
    header.append(heading);
    header.append(el(doc, 'p', { class: 'debrief-scenario' }, view.scenarioName));
    header.append(el(doc, 'p', { class: `debrief-end debrief-end--${view.endReason}` }, tr(view.endText)));
    root.append(header);
    // A workshop team hands in its result code first of all (workshop-hand-in.ts).
    const handIn = handInControl(doc, ctx.snapshot, ctx.announce);
    if (handIn) {
      const row = el(doc, 'div', { class: 'debrief-actions', 'data-print': 'hide' });
      row.append(handIn.button);
      root.append(row, handIn.panel);
    }

    const grid = el(doc, 'div', { class: 'debrief-grid' });
    grid.append(scorecardSection(doc, view), goalsSection(doc, view));
    // How the player's predictions held up over the term, full width under the two cards (src/ui/prediction.ts).
    if (view.calibration) grid.append(calibrationSection(doc, view.calibration));
    // Played against history: the term beside what the real government did (history-comparison.ts).
    const versusHistory = historyComparisonSection(doc, ctx.snapshot().context);
    if (versusHistory) grid.append(versusHistory);
    // The charts sit in a visible card (a closed <details> would not print in the memo).
    const chartsHost = el(doc, 'section', { class: 'debrief-card debrief-charts', 'aria-label': t('Charts of your term') });
    // Folded, like the year-by-year table: each year's report already explained it (a phone debrief was
    // 15,000 px tall). Not printed in any case.
    const whyHost = el(doc, 'details', { class: 'debrief-card debrief-why', 'data-print': 'hide' });
    const whySummary = el(doc, 'summary', { class: 'debrief-why__summary' });
    whySummary.append(el(doc, 'h3', { class: 'why-panel__title' }, t('Why did it change?')));
    whyHost.append(whySummary);
    // Which decisions made the difference over the term (the credit for policy).
    // Not in the printed one-page memo, which has the scorecard and the charts.
    const differenceHost = el(doc, 'div', { class: 'debrief-card debrief-difference', 'data-print': 'hide' });
    // Who gained and who lost over the term, against no new policy (groups-panel.ts).
    // Not in the printed one-page memo either (like the difference above).
    const groupsHost = el(doc, 'div', { class: 'debrief-card debrief-groups', 'data-print': 'hide' });
    const limitations = limitationsSection(doc, view);
    limitations.dataset.print = 'hide';
    root.append(grid, differenceHost, groupsHost, chartsHost, whyHost, limitations, yearsSection(doc, view));

    const actions = el(doc, 'div', { class: 'debrief-actions' });
    const again = el(doc, 'button', { type: 'button', class: 'primary' }, t('Play again'));
    again.addEventListener('click', () => leave('title'));
    const other = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Choose another cluster'));
    other.addEventListener('click', () => leave('map'));
    actions.append(again, other);
    const exports = el(doc, 'div', { class: 'debrief-exports' });
    root.append(actions, exports);
    destroyCharts();
    mounted = [
      mountPolicyDifference(differenceHost, ctx, { headingLevel: 3 }),
      mountGroupsPanel(groupsHost, ctx, { headingLevel: 3 }),
      mountOutcomeCharts(chartsHost, ctx, { set: 'all', headingLevel: 3 }),
      mountWaterfall(whyHost, ctx, { headingLevel: 3, title: false }),
      mountExportButtons(exports, ctx),
    ];
    return heading;
  }

  let mounted: (Component & { destroy?: () => void })[] = [];
  function destroyCharts(): void {
    for (const component of mounted) component.destroy?.();
    mounted = [];
  }

  return {
    update(snapshot: GameSnapshot) {
      if (snapshot.value !== 'debrief') {
        if (shownKey !== null) {
          destroyCharts();
          root.replaceChildren();
        }
        shownKey = null;
        return;
      }
      const key = `${snapshot.context.scenario?.id}/${snapshot.context.seed}/${snapshot.context.history.length}/${scenarioTextsKey()}`;
      if (key === shownKey) return;
      const view = selectDebrief(snapshot.context);
      if (!view) return;
      shownKey = key;
      // The app shell focuses a screen's heading when the screen opens, but this one is built now.
      const heading = build(view);
      for (const component of mounted) component.update(snapshot);
      heading.focus();
      ctx.announce(t('Debrief. {end}', { end: tr(view.endText) }));
    },
  };
}
