// The year report (#year-report): shown in the report phase in place of the budget panel. Headline
// numbers against last year and the no-new-policy baseline, the year's event and shocks, "Why did it
// change?" in words with a table of every contribution, the headline charts, the waterfalls and
// "Difference from no new policy" (mounted into the containers marked data-slot). Text goes in via textContent only.
import type { GameSnapshot } from '../flow';
import { selectReportFor, renderMsg, type Change, type Msg, type ReportView } from '../view/report';
import { bandsReady } from '../view/chart-specs';
import { LEVER_LABELS } from '../view/labels';
import { el, outcomeColumns, scrollingTable, setHidden, tableHead, type Component, type UiContext } from './component';
import { t } from './i18n';
import { scenarioTextsKey } from './scenario-texts';
import { predictionReportSection } from './prediction';
import { handInControl } from './workshop-hand-in';
import { afterPaint, whenIdle } from '../platform/after-paint';
import './year-report.css';
import { mountOutcomeCharts, type OutcomeCharts } from './charts/outcome-charts';
import { mountWaterfall, type WaterfallView } from './charts/waterfall-view';
import { mountPolicyDifference, type PolicyDifferenceView } from './charts/policy-difference-view';
import { mountGroupsPanel, type GroupsPanel } from './groups-panel';

export const WHY_HEADING_ID = 'why-heading';

const tr = (m: Msg): string => renderMsg(m, t);

/** Keeps an arrow or currency with its number ("▲ 2.0", "US$ 113") so only the unit wraps. */
const keepTogether = (text: string): string => text.replace(' ', '\u00a0');

/** A change cell: the arrow for the eye, words for screen readers ("up 3.1 %"). */
function changeCell(doc: Document, change: Change | null, words: (c: Change) => string): HTMLTableCellElement {
  const cell = el(doc, 'td', { class: 'num' });
  if (!change) {
    cell.append(el(doc, 'span', { 'aria-hidden': 'true' }, '–'), el(doc, 'span', { class: 'visually-hidden' }, t('not available')));
    return cell;
  }
  cell.classList.add(`change--${change.tone}`);
  cell.append(el(doc, 'span', { 'aria-hidden': 'true' }, keepTogether(change.text)), el(doc, 'span', { class: 'visually-hidden' }, words(change)));
  return cell;
}

function lastYearWords(c: Change): string {
  if (c.direction === 'flat') return t('no change');
  return t(c.direction === 'up' ? 'up {amount}' : 'down {amount}', { amount: c.amount });
}

function baselineWords(c: Change): string {
  if (c.direction === 'flat') return t('same as no new policy');
  return t(c.direction === 'up' ? '{amount} above no new policy' : '{amount} below no new policy', { amount: c.amount });
}

function headlineTable(doc: Document, view: ReportView): HTMLTableElement {
  const table = el(doc, 'table', { class: 'report-table report-headlines' });
  table.append(el(doc, 'caption', { class: 'visually-hidden' }, t('Headline numbers for {year}', { year: view.year })));
  const head = el(doc, 'thead');
  const headRow = el(doc, 'tr');
  headRow.append(
    el(doc, 'th', { scope: 'col' }, t('Measure')),
    el(doc, 'th', { scope: 'col', class: 'num' }, String(view.year)),
    el(doc, 'th', { scope: 'col', class: 'num' }, t('vs last year')),
    el(doc, 'th', { scope: 'col', class: 'num' }, t('vs no new policy')),
  );
  head.append(headRow);
  const body = el(doc, 'tbody');
  for (const row of view.headlines) {
    const tr = el(doc, 'tr', { 'data-id': row.id });
    tr.append(el(doc, 'th', { scope: 'row' }, t(row.label)), el(doc, 'td', { class: 'num value' }, keepTogether(row.value)));
    tr.append(changeCell(doc, row.vsLastYear, lastYearWords), changeCell(doc, row.vsBaseline, baselineWords));
    if (row.baselineValue) tr.title = t('No new policy: {value}', { value: row.baselineValue });
    body.append(tr);
  }
  table.append(head, body);
  return table;
}

function newsSection(doc: Document, view: ReportView): HTMLElement {
  const section = el(doc, 'section', { class: 'report-news', 'aria-labelledby': 'report-news-heading' });
  section.append(el(doc, 'h4', { id: 'report-news-heading' }, t('What happened this year')));
  const list = el(doc, 'ul', { class: 'news-list' });
  if (view.event) {
    const item = el(doc, 'li', { class: 'news news--event' });
    item.append(el(doc, 'span', { class: 'news__tag' }, t('Event')), el(doc, 'span', {}, view.event.title));
    const choice = view.event.automatic
      ? t('Decided for you (the last year): {choice}.', { choice: view.event.choice })
      : t('You chose: {choice}.', { choice: view.event.choice });
    item.append(el(doc, 'span', { class: 'news__detail' }, choice));
    list.append(item);
  }
  for (const shock of view.shocks) {
    const item = el(doc, 'li', { class: `news news--shock news--${shock.harmful ? 'bad' : 'good'}`, 'data-shock': shock.kind });
    item.append(el(doc, 'span', { class: 'news__tag' }, shock.harmful ? t('Shock') : t('Luck')), el(doc, 'span', {}, tr(shock.text)));
    list.append(item);
  }
  if (view.calm) list.append(el(doc, 'li', { class: 'news news--quiet' }, tr(view.calm)));
  section.append(list);
  return section;
}

/** Whether the player opened the waterfall charts (kept from one year's report to the next). */
let waterfallsOpen = false;
/** The same for the charts of the goals. */
let goalChartsOpen = false;

function whySection(doc: Document, view: ReportView): HTMLElement {
  const section = el(doc, 'section', { class: 'report-why', id: 'report-why', 'aria-labelledby': WHY_HEADING_ID });
  section.append(el(doc, 'h4', { id: WHY_HEADING_ID }, t('Why did it change?')));
  const why = view.why;
  if (!why) {
    section.append(el(doc, 'p', {}, t('This game was played without explanations.')));
    return section;
  }
  const list = el(doc, 'ul', { class: 'why-list' });
  for (const outcome of why.outcomes) {
    const item = el(doc, 'li', { class: `why why--${outcome.outcome}` });
    const headline = el(doc, 'strong', {}, tr(outcome.headline));
    item.append(headline, doc.createTextNode(tr(outcome.detail)));
    list.append(item);
  }
  section.append(list);
  if (why.pending.length > 0) {
    const levers = why.pending.map((lever) => t(LEVER_LABELS[lever]).toLowerCase());
    section.append(
      el(
        doc,
        'p',
        { class: 'why-pending' },
        t('Your {levers} spending this year pays off only from next year: look for its line under “Your policy” in later reports.', {
          levers: levers.length > 1 ? t('{a} and {b}', { a: levers.slice(0, -1).join(', '), b: levers[levers.length - 1] ?? '' }) : (levers[0] ?? ''),
        }),
      ),
    );
  }
  // Explain the two terms that are not obvious, when the sentences use them.
  const kinds = new Set(why.outcomes.flatMap((o) => o.parts.map((p) => p.kind)));
  const help: string[] = [];
  if (kinds.has('lever'))
    help.push(t('“Your policy so far” lines are how much each of your decisions, this year’s and earlier ones, moved the cluster further from where no new policy would have left it this year.'));
  if (kinds.has('drift')) help.push(t('The underlying trend is what would have happened anyway: market growth and earlier shocks wearing off.'));
  if (kinds.has('interaction')) help.push(t('Combined effects come from causes working together, which cannot be split between them.'));
  if (help.length > 0) section.append(el(doc, 'p', { class: 'why-help' }, help.join(' ')));
  // The waterfall charts go here (mounted by mountYearReport); the table stays as their alternative.
  // Folded: the sentences above already say it, and the report was 3,000 px tall beside the town.
  // Once opened it stays open in later years' reports.
  const charts = el(doc, 'details', { class: 'why-charts' });
  charts.open = waterfallsOpen;
  charts.addEventListener('toggle', () => (waterfallsOpen = charts.open));
  charts.append(el(doc, 'summary', {}, t('Charts: what moved each outcome')), el(doc, 'div', { class: 'report-slot', 'data-slot': 'waterfall' }));
  section.append(charts);
  const details = el(doc, 'details', { class: 'why-details' });
  details.append(el(doc, 'summary', {}, t('All contributions (table)')));
  const table = el(doc, 'table', { class: 'report-table why-table' });
  table.append(el(doc, 'caption', {}, t('What changed output (US$ m), jobs and poverty (points) in {year}', { year: view.year })));
  const thead = tableHead(doc, outcomeColumns(t('Cause')));
  const body = el(doc, 'tbody');
  for (const row of why.rows) {
    const tr_ = el(doc, 'tr', { 'data-kind': row.kind });
    const cause = el(doc, 'th', { scope: 'row' });
    cause.append(el(doc, 'span', { class: 'why-cause' }, capitalise(tr(row.phrase))));
    if (row.kind !== 'drift' && row.kind !== 'interaction') cause.append(el(doc, 'span', { class: 'why-kind' }, t(row.kindLabel)));
    tr_.append(cause, el(doc, 'td', { class: 'num' }, row.texts.outputUsdM), el(doc, 'td', { class: 'num' }, row.texts.employment), el(doc, 'td', { class: 'num' }, row.texts.poverty));
    body.append(tr_);
  }
  const foot = el(doc, 'tfoot');
  const total = el(doc, 'tr');
  total.append(
    el(doc, 'th', { scope: 'row' }, t('Total change')),
    el(doc, 'td', { class: 'num' }, why.totals.outputUsdM),
    el(doc, 'td', { class: 'num' }, why.totals.employment),
    el(doc, 'td', { class: 'num' }, why.totals.poverty),
  );
  foot.append(total);
  table.append(thead, body, foot);
  details.append(table);
  section.append(details);
  return section;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The year report's ways out, built by the app shell (app.ts). */
export interface YearReportWays {
  /** "Show tutorial": restarts the tour. */
  showTutorial(): void;
}

export function mountYearReport(root: HTMLElement, ctx: UiContext, ways: YearReportWays): Component {
  const { doc } = ctx;
  let shownKey: string | null = null;
  let charts: OutcomeCharts | null = null;
  let chartsSection: Element | null = null;
  let chartsGame = '';
  let goalCharts: OutcomeCharts | null = null;
  let why: WaterfallView | null = null;
  let difference: PolicyDifferenceView | null = null;
  let groups: GroupsPanel | null = null;

  const gameOf = (snapshot: GameSnapshot): string => `${snapshot.context.scenario?.id}/${snapshot.context.seed}/${snapshot.context.termYears}`;

  /**
   * The headline charts, kept from one year's report to the next of the same game (moved into the new
   * report and updated in place: making a chart costs far more than updating one).
   */
  function mountHeadlineCharts(snapshot: GameSnapshot): void {
    const game = gameOf(snapshot);
    const chartsSlot = root.querySelector<HTMLElement>('[data-slot="charts"]');
    if (charts && chartsGame === game && chartsSection && chartsSlot) chartsSlot.append(chartsSection);
    else {
      dropHeadlineCharts();
      charts = chartsSlot ? mountOutcomeCharts(chartsSlot, ctx, { set: 'headline', headingLevel: 4 }) : null;
      chartsSection = chartsSlot?.firstElementChild ?? null;
      chartsGame = game;
    }
    charts?.update(snapshot);
  }

  function dropHeadlineCharts(): void {
    charts?.destroy();
    chartsSection?.remove();
    charts = null;
    chartsSection = null;
  }

  /** Off screen, the report column's width: the headline charts made ahead (see shell.css). */
  let ahead: HTMLElement | null = null;
  let aheadScheduled = false;
  /** Idle periods to wait for the no-new-policy band (warm-up.ts) before making the charts without it. */
  const BAND_WAITS = 10;

  /**
   * While the player plans the first year of a game (or of a resumed one), the headline charts are
   * made in idle time, out of sight (chart-view.ts makes charts under data-charts-ahead), and the first
   * End year moves them into its report and updates them: making a chart costs about 50 ms without a
   * GPU, updating one about 5. They wait for the band, so their series are the same when updated.
   */
  function prepareHeadlineCharts(snapshot: GameSnapshot, waits = 0): void {
    const view = doc.defaultView;
    if (aheadScheduled || !view || snapshot.value !== 'planning' || !snapshot.context.scenario) return;
    if (charts && chartsGame === gameOf(snapshot)) return;
    aheadScheduled = true;
    const run = (): void => {
      aheadScheduled = false;
      const now = ctx.snapshot();
      if (now.value !== 'planning' || !now.context.scenario || !root.parentElement) return;
      if (charts && chartsGame === gameOf(now)) return;
      if (!bandsReady(now.context) && waits < BAND_WAITS) {
        prepareHeadlineCharts(now, waits + 1);
        return;
      }
      dropHeadlineCharts();
      ahead ??= el(doc, 'div', { class: 'side-panel report-charts-ahead', 'data-charts-ahead': '' });
      ahead.inert = true;
      root.after(ahead);
      charts = mountOutcomeCharts(ahead, ctx, { set: 'headline', headingLevel: 4, fromStart: true });
      chartsSection = ahead.firstElementChild;
      chartsGame = gameOf(now);
      charts.update(now);
    };
    whenIdle(view, run, 3000);
  }

  /** The waterfall, the difference from no new policy and the goals' charts: mounted fresh into each year's report. */
  function mountOtherCharts(view: ReportView, snapshot: GameSnapshot): void {
    goalCharts?.destroy();
    why?.destroy();
    difference?.destroy();
    groups?.destroy();
    const waterfallSlot = root.querySelector<HTMLElement>('[data-slot="waterfall"]');
    const differenceSlot = root.querySelector<HTMLElement>('[data-slot="difference"]');
    difference = differenceSlot ? mountPolicyDifference(differenceSlot, ctx, { k: view.k, headingLevel: 4 }) : null;
    const groupsSlot = root.querySelector<HTMLElement>('[data-slot="groups"]');
    groups = groupsSlot ? mountGroupsPanel(groupsSlot, ctx, { k: view.k, headingLevel: 4 }) : null;
    goalCharts = null;
    // The goals' charts are drawn when their fold is open (now, or when the player opens it).
    const goalSlot = root.querySelector<HTMLElement>('[data-slot="goal-charts"]');
    const goalFold = goalSlot?.closest('details');
    const mountGoalCharts = (): void => {
      if (goalCharts || !goalSlot) return;
      goalCharts = mountOutcomeCharts(goalSlot, ctx, { set: 'goals', ids: view.goalCharts, headingLevel: 4 });
      goalCharts.update(ctx.snapshot());
    };
    if (goalFold?.open) mountGoalCharts();
    else goalFold?.addEventListener('toggle', mountGoalCharts, { once: true });
    why = waterfallSlot ? mountWaterfall(waterfallSlot, ctx, { year: view.year, title: false, headingLevel: 4 }) : null;
    why?.update(snapshot);
    difference?.update(snapshot);
    groups?.update(snapshot);
  }

  function build(view: ReportView): { heading: HTMLElement; actions: HTMLElement } {
    root.replaceChildren();
    const heading = el(doc, 'h3', { id: 'year-report-heading', class: 'year-report__heading', tabindex: '-1' }, tr(view.heading));
    root.setAttribute('aria-labelledby', 'year-report-heading');
    root.append(heading, el(doc, 'p', { class: 'year-report__summary' }, tr(view.summary)));
    if (view.endReason === 'approval') {
      root.append(el(doc, 'p', { class: 'year-report__end year-report__end--collapse', role: 'note' }, t('Stakeholder approval has collapsed: your term ends this year.')));
    } else if (view.endReason === 'term') {
      root.append(el(doc, 'p', { class: 'year-report__end', role: 'note' }, t('This was the last year of your term.')));
    }
    root.append(
      scrollingTable(doc, headlineTable(doc, view)),
      el(
        doc,
        'p',
        { class: 'year-report__note' },
        t('Poverty: share of people below the poverty line. Working conditions and trust: 0 to 100. No new policy: the same cluster with the same luck, spending nothing.'),
      ),
    );
    if (!view.hasBaseline) root.append(el(doc, 'p', { class: 'year-report__note' }, t('The no-new-policy run ended before this year, so there is nothing to compare with.')));
    // The player's prediction held against the outcome (src/ui/prediction.ts), right under the numbers.
    if (view.prediction) root.append(predictionReportSection(doc, view.prediction));
    // The headline charts of the term so far (mounted by mountYearReport).
    root.append(el(doc, 'div', { class: 'report-slot', 'data-slot': 'charts' }));

    const actions = el(doc, 'div', { class: 'year-report__actions' });
    const next = el(doc, 'button', { type: 'button', class: 'primary', id: 'report-next' }, view.lastYear ? t('See the debrief') : t('Next year'));
    next.addEventListener('click', () => ctx.send({ type: 'NEXT' }));
    const tutorial = el(doc, 'button', { type: 'button', class: 'link-button' }, t('Show tutorial'));
    tutorial.addEventListener('click', () => ways.showTutorial());
    actions.append(next, tutorial);
    root.append(actions);
    // A workshop team may hand in its result code at the end of any year (workshop-hand-in.ts).
    const handIn = handInControl(doc, ctx.snapshot, ctx.announce);
    if (handIn) {
      next.after(handIn.button);
      root.append(handIn.panel);
    }
    return { heading, actions };
  }

  /** The rest of the report, below the headline charts: built once the first part has painted. */
  function buildRest(view: ReportView, actions: HTMLElement): void {
    const rest: HTMLElement[] = [];
    // The other goals' indicators (quality, working conditions, ...), one click away.
    if (view.goalCharts.length > 0) {
      const goals = el(doc, 'details', { class: 'why-charts goal-charts' });
      goals.open = goalChartsOpen;
      goals.addEventListener('toggle', () => (goalChartsOpen = goals.open));
      goals.append(
        el(doc, 'summary', {}, t('Charts of your other goals ({n})', { n: view.goalCharts.length })),
        el(doc, 'div', { class: 'report-slot', 'data-slot': 'goal-charts' }),
      );
      rest.push(goals);
    }
    rest.push(newsSection(doc, view), whySection(doc, view));
    // Where the player's decisions have put the cluster so far (mounted by mountOtherCharts).
    rest.push(el(doc, 'div', { class: 'report-slot', 'data-slot': 'difference' }));
    // Who gains, who loses against no new policy (mounted by mountOtherCharts: groups-panel.ts).
    rest.push(el(doc, 'div', { class: 'report-slot', 'data-slot': 'groups' }));
    actions.before(...rest);
  }

  return {
    update(snapshot: GameSnapshot) {
      const view = selectReportFor(snapshot);
      setHidden(root, snapshot.value !== 'report' || view === null);
      if (!view) {
        shownKey = null;
        prepareHeadlineCharts(snapshot);
        return;
      }
      const key = `${snapshot.context.scenario?.id}/${snapshot.context.seed}/${view.k}/${scenarioTextsKey()}`;
      if (key === shownKey) return;
      shownKey = key;
      // Lean first: the headline numbers and charts paint in the frame that answers End year; the rest
      // of the report (news, why, the other charts) and the focus move (which forces a layout) follow
      // just after it, unless the player has moved on meanwhile.
      const { heading, actions } = build(view);
      mountHeadlineCharts(snapshot);
      ctx.announce(tr(view.summary));
      const focusedBefore = doc.activeElement;
      afterPaint(doc.defaultView, () => {
        if (shownKey !== key || !heading.isConnected) return;
        buildRest(view, actions);
        mountOtherCharts(view, snapshot);
        const focused = doc.activeElement;
        const stayed = focused === null || focused === doc.body || focused === focusedBefore;
        if (stayed && !root.hidden) heading.focus();
      });
    },
  };
}
