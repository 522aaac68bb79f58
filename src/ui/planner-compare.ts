// Compare plans: Save plan (under a name, in browser storage), the saved plans of this cluster with
// Load and Delete, the comparison table at the horizon (a row per plan, named by its name, and a row
// for no new policy: each value and its difference from no new policy), and Export plan / Import
// plan in the CLI's plan format with the CLI's messages.
import type { Scenario } from '../scenario';
import { MAX_PLAN_NAME, MAX_SAVED_PER_SCENARIO, type PlanStore, type SavedPlan } from '../platform/plan-store';
import { importPlanText, planFileName, planFileText, simCommand } from '../view/plan-file';
import type { PlannerPlan } from '../view/planner';
import type { PlannerSeriesKind } from '../view/planner-charts';
import { SUMMARY_DEFINITIONS, SUMMARY_INDICATORS, summaryCells, type SummaryCell, type SummaryValues } from '../view/planner-summary';
import { downloadText } from './charts/download';
import { el } from './component';
import { t } from './i18n';
import { lineSwatch } from './planner-results';

export interface CompareRow {
  id: string;
  label: string;
  kind: PlannerSeriesKind;
  style: number;
  values: SummaryValues;
}

export interface CompareHost {
  doc: Document;
  store: PlanStore;
  plan(): PlannerPlan;
  scenario(): Scenario;
  /** Puts a plan in the editor (Load, Import). */
  load(plan: PlannerPlan, name: string): void;
  /** The saved plans changed: redraw. */
  savedChanged(): void;
  announce(message: string): void;
}

export interface PlannerCompare {
  element: HTMLElement;
  /** The table's rows: the plan and the saved plans, then no new policy. */
  draw(rows: readonly CompareRow[], baseline: SummaryValues, horizonYear: number, baselineLabel?: string): void;
  /** Redraws the saved plans' list (after a save, a delete, another cluster). */
  refreshSaved(): void;
  setName(name: string): void;
}

function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

export function mountPlannerCompare(host: CompareHost): PlannerCompare {
  const { doc } = host;
  const section = el(doc, 'section', { class: 'planner-compare', 'aria-labelledby': 'planner-compare-heading' });
  const heading = el(doc, 'h3', { id: 'planner-compare-heading', class: 'planner-section__title' }, t('Compare plans'));
  const lead = el(doc, 'p', { class: 'planner-hint' });

  // --- Save. ---
  const saveRow = el(doc, 'div', { class: 'planner-save' });
  const nameLabel = el(doc, 'label', { for: 'planner-plan-name', class: 'planner-field' }, t('Plan name'));
  const name = el(doc, 'input', { type: 'text', id: 'planner-plan-name', maxlength: String(MAX_PLAN_NAME), autocomplete: 'off' });
  const save = el(doc, 'button', { type: 'button', class: 'primary' }, t('Save plan'));
  saveRow.append(nameLabel, name, save);
  const saveStatus = el(doc, 'p', { class: 'planner-status', role: 'status' });
  const savedList = el(doc, 'ul', { class: 'planner-saved', 'aria-label': t('Saved plans') });

  // --- The comparison table. ---
  const table = el(doc, 'table', { class: 'data-table planner-compare-table' });
  const caption = el(doc, 'caption');
  const head = el(doc, 'thead');
  const headRow = el(doc, 'tr');
  headRow.append(el(doc, 'th', { scope: 'col' }, t('Plan')));
  for (const indicator of SUMMARY_INDICATORS) {
    const def = SUMMARY_DEFINITIONS[indicator];
    const th = el(doc, 'th', { scope: 'col', class: 'num' });
    th.append(el(doc, 'span', { class: 'planner-compare__name' }, t(def.label)), el(doc, 'span', { class: 'planner-compare__unit' }, t(def.unit)));
    headRow.append(th);
  }
  head.append(headRow);
  const body = el(doc, 'tbody');
  table.append(caption, head, body);
  const scroll = el(doc, 'div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'planner-compare-heading', tabindex: '0' });
  scroll.append(table);

  // --- Files. ---
  const files = el(doc, 'div', { class: 'planner-files' });
  const exportButton = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Export plan'));
  const importButton = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Import plan'));
  const fileInput = el(doc, 'input', { type: 'file', accept: '.json,application/json', hidden: '', 'aria-label': t('Import plan') });
  files.append(exportButton, importButton, fileInput);
  const cli = el(doc, 'p', { class: 'planner-hint planner-cli' });
  const cliCode = el(doc, 'code');
  cli.append(el(doc, 'span', {}, t('Run it in the headless simulator:')), ' ', cliCode);
  const fileStatus = el(doc, 'p', { class: 'planner-status', role: 'status' });
  const fileError = el(doc, 'p', { class: 'planner-error', role: 'alert', hidden: '' });

  section.append(heading, lead, saveRow, saveStatus, savedList, scroll, files, cli, fileStatus, fileError);

  function planName(): string {
    return name.value.trim() || t('My plan');
  }

  save.addEventListener('click', () => {
    const plan = host.plan();
    const outcome = host.store.save(planName(), plan);
    if (!outcome.ok) {
      const text =
        outcome.reason === 'limit'
          ? t('{n} plans are saved for this cluster already: delete one first.', { n: MAX_SAVED_PER_SCENARIO })
          : t('Give the plan a name first.');
      setText(saveStatus, text);
      if (outcome.reason === 'name') name.focus();
      return;
    }
    const saved = host.store.savedFor(plan.scenarioId).find((s) => s.plan === plan);
    const label = saved?.name ?? planName();
    const text = outcome.replaced ? t('"{name}" saved again (it replaces the plan of that name).', { name: label }) : t('"{name}" saved.', { name: label });
    setText(saveStatus, outcome.persisted ? text : `${text} ${t('This browser does not let the planner store it: it lasts until you close the page.')}`);
    // The next plan gets a new default name, so saving twice does not replace by accident.
    name.value = nextName();
    refreshSaved();
    host.savedChanged();
  });

  function nextName(): string {
    const taken = new Set(host.store.savedFor(host.plan().scenarioId).map((s) => s.name));
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      const candidate = t('Plan {letter}', { letter });
      if (!taken.has(candidate)) return candidate;
    }
    return t('My plan');
  }

  function refreshSaved(): void {
    const scenario = host.scenario();
    const saved = host.store.savedFor(scenario.id);
    setText(
      lead,
      t('Save up to {n} plans for this cluster. They are drawn with this plan and no new policy, all with the seed and horizon above, so each faces the same luck.', {
        n: MAX_SAVED_PER_SCENARIO,
      }),
    );
    savedList.replaceChildren(...saved.map((entry, i) => savedItem(entry, i)));
    savedList.hidden = saved.length === 0;
    save.disabled = false;
    if (!name.value) name.value = nextName();
  }

  function savedItem(entry: SavedPlan, style: number): HTMLLIElement {
    const item = el(doc, 'li', { class: 'planner-saved__item' });
    const title = el(doc, 'span', { class: 'planner-saved__name' }, entry.name);
    const meta = el(
      doc,
      'span',
      { class: 'planner-saved__meta' },
      t('{years} years, seed {seed}, {phases} phases', { years: entry.plan.horizon, seed: entry.plan.seed, phases: entry.plan.phases.length }),
    );
    const load = el(doc, 'button', { type: 'button', class: 'secondary', 'aria-label': t('Load {name}', { name: entry.name }) }, t('Load'));
    const remove = el(doc, 'button', { type: 'button', class: 'secondary', 'aria-label': t('Delete {name}', { name: entry.name }) }, t('Delete'));
    load.addEventListener('click', () => {
      host.load(entry.plan, entry.name);
      name.value = entry.name;
      setText(saveStatus, t('"{name}" is in the editor: change it and save it again, or under a new name.', { name: entry.name }));
    });
    remove.addEventListener('click', () => {
      host.store.remove(entry.plan.scenarioId, entry.name);
      setText(saveStatus, t('"{name}" deleted.', { name: entry.name }));
      refreshSaved();
      host.savedChanged();
      name.focus();
    });
    const words = el(doc, 'span', { class: 'planner-saved__words' });
    words.append(title, meta);
    item.append(lineSwatch(doc, { kind: 'saved', style }), words, load, remove);
    return item;
  }

  // --- Export and import. ---
  exportButton.addEventListener('click', () => {
    const plan = host.plan();
    const fileName = planFileName(plan, planName());
    downloadText(doc, planFileText(plan, planName()), fileName, 'application/json');
    setText(fileStatus, t('"{file}" downloaded.', { file: fileName }));
  });
  importButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    void file.text().then(
      (text) => importText(text, file.name),
      (error: unknown) => showFileError(t('"{file}" could not be read: {reason}.', { file: file.name, reason: error instanceof Error ? error.message : String(error) })),
    );
  });

  function showFileError(text: string): void {
    fileError.hidden = false;
    setText(fileError, text);
    setText(fileStatus, '');
  }

  function importText(text: string, source: string): void {
    const current = host.plan();
    const result = importPlanText(text, source, host.scenario(), current.seed, current.horizon);
    if (!result.ok) {
      showFileError(
        t('The plan file could not be used: {problems}. Your plan is unchanged.', {
          problems: `${result.source}: ${result.problems.join('; ')}`,
        }),
      );
      return;
    }
    fileError.hidden = true;
    setText(fileError, '');
    host.load(result.plan, result.name);
    name.value = result.name;
    const cut = result.yearsCut > 0 ? ` ${t('Its last {n} years are past the longest horizon (30 years) and were left out.', { n: result.yearsCut })}` : '';
    setText(
      fileStatus,
      `${t('"{name}" imported: {phases} phases over {years} years.', { name: result.name, phases: result.plan.phases.length, years: result.plan.horizon })}${cut}`,
    );
    host.announce(fileStatus.textContent ?? '');
  }

  // --- The table. ---
  let rowsKey = '';
  let rowCells: { value: HTMLElement; diff: HTMLElement | null; td: HTMLElement }[][] = [];

  function buildRows(rows: readonly CompareRow[], baselineLabel: string): void {
    rowCells = [];
    const trs = [...rows, null].map((row) => {
      const tr = el(doc, 'tr', { class: row ? `planner-compare__row planner-compare__row--${row.kind}` : 'planner-compare__row planner-compare__row--baseline' });
      const th = el(doc, 'th', { scope: 'row' });
      const label = row ? row.label : baselineLabel;
      th.append(lineSwatch(doc, row ?? { kind: 'baseline', style: 0 }), el(doc, 'span', {}, label));
      tr.append(th);
      const cells = SUMMARY_INDICATORS.map(() => {
        const td = el(doc, 'td', { class: 'num' });
        const value = el(doc, 'span', { class: 'planner-compare__value' });
        td.append(value);
        let diff: HTMLElement | null = null;
        if (row) {
          diff = el(doc, 'span', { class: 'planner-compare__diff planner-diff' });
          td.append(diff);
        }
        tr.append(td);
        return { value, diff, td };
      });
      rowCells.push(cells);
      return tr;
    });
    body.replaceChildren(...trs);
  }

  /** Cells of a row, computed once per run's values (only the plan being edited changes on an input). */
  const cellCache = new WeakMap<SummaryValues, { baseline: SummaryValues | null; cells: SummaryCell[] }>();
  function cellsOf(values: SummaryValues, baseline: SummaryValues | null): SummaryCell[] {
    const hit = cellCache.get(values);
    if (hit && hit.baseline === baseline) return hit.cells;
    const cells = summaryCells(values, baseline);
    cellCache.set(values, { baseline, cells });
    return cells;
  }

  refreshSaved();

  return {
    element: section,
    draw(rows, baseline, horizonYear, baselineLabel = t('No new policy')) {
      const plan = host.plan();
      setText(caption, t('Each plan in {year} and its difference from no new policy (seed {seed}, {years} years).', { year: horizonYear, seed: plan.seed, years: plan.horizon }));
      const key = `${rows.map((r) => `${r.id}/${r.kind}/${r.style}/${r.label}`).join('|')}|${baselineLabel}`;
      if (key !== rowsKey) {
        rowsKey = key;
        buildRows(rows, baselineLabel);
      }
      const all = [...rows.map((r) => cellsOf(r.values, baseline)), cellsOf(baseline, null)];
      all.forEach((cells, i) => {
        const target = rowCells[i];
        if (!target) return;
        cells.forEach((cell, j) => {
          const slot = target[j];
          if (!slot) return;
          setText(slot.value, cell.value);
          if (slot.diff) {
            setText(slot.diff, cell.diff);
            if (slot.diff.dataset.tone !== cell.tone) slot.diff.dataset.tone = cell.tone;
          }
        });
      });
      const fileName = planFileName(plan, planName());
      setText(cliCode, simCommand(plan, fileName));
    },
    refreshSaved,
    setName(value) {
      name.value = value;
    },
  };
}
