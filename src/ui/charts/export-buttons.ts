// Exports of the current game: every series as CSV (the player's columns are the CLI's numbers for
// the same decisions and seed; the groups and, against history, the history's line too), the run as JSON (a plan the CLI replays, plus the results), and the
// debrief printed as a one-page memo (print.css). The buttons' names are what tests and screen
// readers look for: "Export CSV", "Export run (JSON)", "Print memo".
import type { GameSnapshot } from '../../flow';
import { baselineForGame } from '../../view/chart-specs';
import { exportFileStem, runCsv, runExtras, runJson } from '../../view/export';
import { el, type Component, type UiContext } from '../component';
import { t } from '../i18n';
import { downloadText } from './download';
import './charts.css';
import '../print.css';

export interface ExportButtons extends Component {
  destroy(): void;
}

export function mountExportButtons(root: HTMLElement, ctx: UiContext): ExportButtons {
  const { doc } = ctx;
  const group = el(doc, 'div', { class: 'export-buttons', role: 'group', 'aria-label': t('Export') });
  const csv = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Export CSV'));
  const json = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Export run (JSON)'));
  const print = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Print memo'));
  group.append(csv, json, print);
  root.append(group);

  csv.addEventListener('click', () => {
    const context = ctx.snapshot().context;
    if (!context.scenario) return;
    const { baseline } = baselineForGame(context, false);
    downloadText(doc, runCsv(context.history, baseline, context.log, runExtras(context)), `${exportFileStem(context)}.csv`, 'text/csv');
    ctx.announce(t('CSV file downloaded'));
  });
  json.addEventListener('click', () => {
    const context = ctx.snapshot().context;
    if (!context.scenario) return;
    const { baseline } = baselineForGame(context, false);
    downloadText(doc, runJson(context, baseline), `${exportFileStem(context)}.json`, 'application/json');
    ctx.announce(t('Run file downloaded'));
  });
  print.addEventListener('click', () => doc.defaultView?.print());

  const update = (snapshot: GameSnapshot): void => {
    const ready = snapshot.context.scenario !== null;
    csv.disabled = !ready;
    json.disabled = !ready;
    // The memo is the debrief, so it is offered there.
    print.hidden = !snapshot.matches('debrief');
  };

  return {
    update,
    destroy: () => group.remove(),
  };
}
