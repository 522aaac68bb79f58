// "Who gains, who loses": per group (SME owners, owners of large firms and TNCs, formal and informal
// workers, women workers), the difference from no new policy in income per person and in people at
// the end of a year, as a bar chart and its data table. On each year report and the debrief.
// View-model: src/view/groups.ts; model: src/model/mechanisms/groups.ts.
import type { GameSnapshot } from '../flow';
import { selectGroups, type GroupsView } from '../view/groups';
import { el, scrollingTable, tableHead, type Component, type UiContext } from './component';
import { t } from './i18n';
import { groupsSlot } from './charts/groups-adapter';
import './charts/charts.css';
import './groups-panel.css';

export interface GroupsPanelOptions {
  /** Year of the term to show (1-based); default: the last year played. */
  k?: number;
  /** Level of the panel's heading (default 3). */
  headingLevel?: 2 | 3 | 4;
}

export interface GroupsPanel extends Component {
  view(): GroupsView | null;
  destroy(): void;
}

let counter = 0;

export function mountGroupsPanel(root: HTMLElement, ctx: UiContext, options: GroupsPanelOptions = {}): GroupsPanel {
  const { doc } = ctx;
  const uid = `groups${++counter}`;
  const level = options.headingLevel ?? 3;
  const section = el(doc, 'section', { class: 'groups-panel', 'aria-labelledby': `${uid}-title` });
  section.append(el(doc, `h${level}` as 'h3', { id: `${uid}-title`, class: 'groups-panel__title' }, t('Who gains, who loses')));
  const lead = el(doc, 'p', { class: 'groups-panel__lead' });
  const note = el(doc, 'p', { class: 'groups-panel__note' });
  const box = el(doc, 'div', { class: 'chart-box chart-box--groups' });
  const canvas = el(doc, 'canvas', { role: 'img', 'aria-label': t('Who gains, who loses') });
  box.append(canvas);
  const slot = groupsSlot(canvas);
  const details = el(doc, 'details', { class: 'chart-data' });
  const table = el(doc, 'table', { class: 'data-table' });
  details.append(el(doc, 'summary', {}, t('Data table')), scrollingTable(doc, table));
  const actions = el(doc, 'div', { class: 'chart-card__actions' });
  actions.append(details);
  section.append(lead, box, actions, note);
  root.append(section);

  let current: GroupsView | null = null;
  let seen: { history: unknown } | null = null;

  function fillTable(view: GroupsView): void {
    table.replaceChildren(
      el(doc, 'caption', {}, t('Who gains, who loses at the end of {year}: each group against no new policy', { year: view.year })),
      tableHead(doc, [
        { text: t('Group') },
        { text: t('Income per person a day'), numeric: true },
        { text: t('Income vs no new policy'), numeric: true },
        { text: t('People'), numeric: true },
        { text: t('People vs no new policy'), numeric: true },
        { text: t('Poor'), numeric: true },
        { text: t('Poor vs no new policy'), numeric: true },
      ]),
    );
    const body = el(doc, 'tbody');
    for (const row of view.rows) {
      const tr = el(doc, 'tr', { 'data-group': row.group });
      tr.append(
        el(doc, 'th', { scope: 'row' }, t(row.label)),
        ...[row.texts.income, row.texts.incomeChange, row.texts.people, row.texts.peopleChange, row.texts.poverty, row.texts.povertyChange].map(
          (text) => el(doc, 'td', { class: 'num' }, text),
        ),
      );
      body.append(tr);
    }
    table.append(body);
  }

  function render(snapshot: GameSnapshot): void {
    const { history } = snapshot.context;
    if (seen && seen.history === history) return;
    seen = { history };
    current = selectGroups(snapshot.context, options.k ?? history.length - 1, t);
    section.hidden = current === null;
    if (!current) return;
    lead.textContent = current.sentence;
    note.textContent = t(
      'Income per person a day, in US dollars. Owners, formal and informal workers share out all the value the cluster adds; women workers are the women among the formal and informal workers. Poor: share of the group below the poverty line.',
    );
    fillTable(current);
    slot.set(current);
  }

  return {
    update(snapshot) {
      const ready = snapshot.context.scenario !== null && snapshot.context.history.length >= 2;
      if (!ready) {
        section.hidden = true;
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
