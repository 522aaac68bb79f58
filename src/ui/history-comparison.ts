// The debrief's "Your term versus what was done" (history mode, issue 13): output, jobs and poverty
// for the player's term, the real government's path and no new policy, then each goal met or not.
// The figures come from src/view/history.ts; this only lays them out.
import type { GameContext } from '../flow';
import { historyComparison } from '../view/history';
import { renderMsg } from '../view/report';
import { el, scrollingTable, tableHead } from './component';
import { t } from './i18n';
import { localized } from './scenario-texts';


/** The section, or null when the game is not played against history. */
export function historyComparisonSection(doc: Document, context: GameContext): HTMLElement | null {
  const view = historyComparison(context);
  if (!view || !context.scenario) return null;
  const scenario = localized(context.scenario);
  const section = el(doc, 'section', { class: 'debrief-card debrief-history', 'aria-labelledby': 'history-compare-heading' });
  section.append(el(doc, 'h3', { id: 'history-compare-heading' }, t('Your term versus what was done')));
  if (scenario.history) section.append(el(doc, 'p', { class: 'debrief-history__title' }, scenario.history.title));
  for (const line of view.summary) section.append(el(doc, 'p', {}, renderMsg(line, t)));

  const table = el(doc, 'table', { class: 'data-table debrief-history__table' });
  table.append(el(doc, 'caption', {}, t('Your term, what was done and no new policy in {year}', { year: view.year })));
  table.append(
    tableHead(doc, [
      { text: t('Outcome') },
      { text: t('Your term'), numeric: true },
      { text: t('What was done'), numeric: true },
      { text: t('No new policy'), numeric: true },
    ]),
  );
  const body = el(doc, 'tbody');
  for (const row of view.rows) {
    const tr = el(doc, 'tr', { 'data-metric': row.metric });
    // The better of the two is marked by a tick and in words (not by colour alone).
    const figure = (text: string, better: boolean): HTMLElement => {
      const td = el(doc, 'td', { class: better ? 'num debrief-history__better' : 'num' });
      if (better) td.append(el(doc, 'span', { 'aria-hidden': 'true' }, '✓ '));
      td.append(text);
      if (better) td.append(el(doc, 'span', { class: 'visually-hidden' }, ` (${t('Better')})`));
      return td;
    };
    tr.append(
      el(doc, 'th', { scope: 'row' }, t(row.label)),
      figure(row.yours, row.better === 'yours'),
      figure(row.history, row.better === 'history'),
      el(doc, 'td', { class: 'num' }, row.baseline),
    );
    body.append(tr);
  }
  table.append(body);
  section.append(scrollingTable(doc, table));

  const goals = el(doc, 'table', { class: 'data-table debrief-history__goals' });
  goals.append(el(doc, 'caption', {}, t('Goals met: your term and what was done')));
  goals.append(tableHead(doc, [{ text: t('Goals') }, { text: t('Your term') }, { text: t('What was done') }]));
  const goalBody = el(doc, 'tbody');
  view.goals.forEach((goal, i) => {
    const tr = el(doc, 'tr');
    const met = (yes: boolean) => el(doc, 'td', {}, yes ? t('Met') : t('Not met'));
    tr.append(el(doc, 'th', { scope: 'row' }, scenario.goals[i]?.label ?? goal.label), met(goal.yours), met(goal.history));
    goalBody.append(tr);
  });
  goals.append(goalBody);
  section.append(scrollingTable(doc, goals));
  return section;
}
