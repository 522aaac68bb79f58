// The facilitator's dashboard (issue 11, item 4): result codes in (typed, pasted, files chosen or
// dropped, the camera where the browser has a BarcodeDetector), each checked and replayed through the
// model (src/platform/workshop-dashboard-state.ts); a bad code gets one message and changes nothing.
// Then every team's trajectory over the baseline, their budgets side by side, how their predictions
// held up, a sortable ranking, the generated debrief, a printable memo per team, CSV and JSON
// exports, and a projector view. The state is kept in the browser: a reload brings it all back.
import { normaliseCode } from '../platform/code-bits';
import { WorkshopCodeError } from '../platform/workshop-code-error';
import {
  addResult,
  loadDashboard,
  newDashboardState,
  removeResult,
  restoreDashboard,
  storeDashboard,
  type AcceptedResult,
  type DashboardState,
} from '../platform/workshop-dashboard-state';
import { customScenarioRef, decodeSessionCode } from '../platform/workshop-session-code';
import { loadSessionScenarios } from '../platform/workshop-scenarios';
import { INCENTIVE_TARGET_LABELS } from '../view/budget';
import { formatNumber, formatPct } from '../view/format';
import { renderMsg, type Msg } from '../view/report';
import {
  RANKING_CRITERIA,
  RANKING_LABELS,
  RANKING_NOTES,
  rankingRow,
  sessionBaseline,
  teamAllocations,
  teamCalibration,
  type RankingCriterion,
  type RankingRow,
} from '../view/workshop-dashboard';
import { selectWorkshopDebrief } from '../view/workshop-debrief';
import { sessionCsv, sessionFileStem, sessionJson } from '../view/workshop-export';
import { teamMemo } from '../view/workshop-memo';
import { yearsOf } from '../view/workshop-replay';
import { baseScenario, type CustomScenarioRef, type SessionSettings } from '../view/workshop-session';
import { downloadText } from './charts/download';
import { allocationBars, leverKey, mountTrajectoryCharts } from './charts/workshop-charts';
import { el, tableHead } from './component';
import { t } from './i18n';
import { localized } from './scenario-texts';
import { ariaSortOf, codesInText, nextSort, sortRanking, type RankingSort } from './workshop-dashboard-input';
import type { FacilitatorView, WorkshopViewOptions } from './workshop-facilitator';
import { printOnly } from './workshop-handout';
import { scenarioFileControl } from './workshop-scenario-file';
import { DIFFICULTY_NAMES } from './workshop-setup';

const tr = (m: Msg): string => renderMsg(m, t);

/** A criterion's score as the ranking shows it. */
export function scoreText(criterion: RankingCriterion, score: number): string {
  if (criterion === 'balanced') return formatNumber(score, { digits: 0 });
  const sign = score > 0.05 ? '+' : score < -0.05 ? '−' : '±';
  const value = formatNumber(Math.abs(score), { digits: 1 });
  return criterion === 'jobs' || criterion === 'output' ? `${sign}${value}\u00a0%` : `${sign}${value}`;
}

interface Barcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<Barcode[]>;
}
type BarcodeDetectorCtor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function section(doc: Document, id: string, className: string): { node: HTMLElement; heading: HTMLHeadingElement } {
  const node = el(doc, 'section', { class: `ws-section ${className}`, 'aria-labelledby': id });
  const heading = el(doc, 'h4', { id, class: 'ws-section__title' });
  node.append(heading);
  return { node, heading };
}

export function mountWorkshopDashboard(root: HTMLElement, options: WorkshopViewOptions): FacilitatorView {
  const { doc, storage } = options;
  const view = doc.defaultView;

  let settings: SessionSettings | null = null;
  let state: DashboardState | null = null;
  let accepted: AcceptedResult[] = [];
  let rows: RankingRow[] = [];
  let sort: RankingSort = { criterion: 'balanced', bestFirst: true };

  // --- Header. ---
  const header = el(doc, 'div', { class: 'ws-header' });
  const heading = el(doc, 'h3', { id: 'ws-dashboard-heading', tabindex: '-1' });
  const facts = el(doc, 'p', { class: 'ws-facts' });
  const projector = el(doc, 'button', {
    type: 'button',
    class: 'secondary ws-projector-toggle',
    'aria-pressed': 'false',
  });
  const headerText = el(doc, 'div');
  headerText.append(heading, facts);
  header.append(headerText, projector);
  const failure = el(doc, 'div', { class: 'ws-failure', role: 'alert' });
  failure.hidden = true;

  // --- Adding results. ---
  const add = section(doc, 'ws-add-heading', 'ws-add');
  const addForm = el(doc, 'form', { class: 'ws-add-form' });
  const codeLabel = el(doc, 'label', { for: 'ws-result-code' });
  const codeField = el(doc, 'textarea', {
    id: 'ws-result-code',
    rows: '2',
    spellcheck: 'false',
    autocomplete: 'off',
    autocapitalize: 'characters',
    'aria-describedby': 'ws-add-message',
  });
  const addButton = el(doc, 'button', { type: 'submit', class: 'primary' });
  const fileInput = el(doc, 'input', {
    type: 'file',
    id: 'ws-result-files',
    multiple: '',
    accept: '.txt,.cplr,text/plain',
    class: 'visually-hidden',
  });
  const fileLabel = el(doc, 'label', { for: 'ws-result-files', class: 'ws-file-button' });
  const scanButton = el(doc, 'button', { type: 'button', class: 'secondary' });
  const BarcodeDetector = (view as unknown as { BarcodeDetector?: BarcodeDetectorCtor } | null)?.BarcodeDetector;
  scanButton.hidden = !BarcodeDetector || !view?.navigator.mediaDevices?.getUserMedia;
  const dropHint = el(doc, 'p', { class: 'workshop-hint' });
  const addRow = el(doc, 'div', { class: 'ws-add-row' });
  addRow.append(addButton, fileInput, fileLabel, scanButton);
  const message = el(doc, 'p', { id: 'ws-add-message', class: 'ws-message', role: 'status' });
  const problem = el(doc, 'p', { class: 'ws-message ws-message--problem', role: 'alert' });
  const scanBox = el(doc, 'div', { class: 'ws-scan' });
  scanBox.hidden = true;
  const video = el(doc, 'video', { class: 'ws-scan__video', muted: '', playsinline: '' });
  const stopScan = el(doc, 'button', { type: 'button', class: 'secondary' });
  scanBox.append(video, stopScan);
  addForm.append(codeLabel, codeField, addRow, dropHint, problem, message, scanBox);
  add.node.append(addForm);

  // --- Teams. ---
  const teams = section(doc, 'ws-teams-heading', 'ws-teams');
  const teamsBody = el(doc, 'div');
  teams.node.append(teamsBody);

  // --- Ranking. ---
  const ranking = section(doc, 'ws-ranking-heading', 'ws-ranking');
  const rankingBody = el(doc, 'div');
  ranking.node.append(rankingBody);

  // --- Trajectories. ---
  const trajectories = section(doc, 'ws-trajectories-heading', 'ws-trajectories-section');
  const charts = mountTrajectoryCharts(doc);
  trajectories.node.append(charts.element);

  // --- Allocations. ---
  const allocations = section(doc, 'ws-allocations-heading', 'ws-allocations');
  const allocationsBody = el(doc, 'div');
  allocations.node.append(allocationsBody);

  // --- Calibration. ---
  const calibration = section(doc, 'ws-calibration-heading', 'ws-calibration');
  const calibrationBody = el(doc, 'div');
  calibration.node.append(calibrationBody);

  // --- Debrief. ---
  const debrief = section(doc, 'ws-debrief-heading', 'ws-debrief');
  const debriefBody = el(doc, 'div');
  debrief.node.append(debriefBody);

  // --- Export. ---
  const exports = section(doc, 'ws-export-heading', 'ws-export');
  const exportRow = el(doc, 'div', { class: 'workshop-actions' });
  const csvButton = el(doc, 'button', { type: 'button', class: 'secondary' });
  const jsonButton = el(doc, 'button', { type: 'button', class: 'secondary' });
  exportRow.append(csvButton, jsonButton);
  exports.node.append(exportRow);

  // --- The memo being printed. ---
  const memo = el(doc, 'article', { class: 'workshop-memo', 'aria-hidden': 'true' });

  const results = el(doc, 'div', { class: 'ws-results' });
  results.append(ranking.node, trajectories.node, allocations.node, calibration.node, debrief.node, exports.node);
  const body = el(doc, 'div', { class: 'ws-body' });
  body.append(add.node, teams.node, results);
  root.replaceChildren(header, failure, body, memo);
  root.classList.add('ws-dashboard');

  // ------------------------------------------------------------------------------------------
  // State

  function save(): void {
    if (storage && state && !storeDashboard(storage, state))
      problem.textContent = t('The browser would not keep the dashboard: export it before you close this page.');
  }

  function load(code: string): void {
    settings = null;
    state = null;
    accepted = [];
    try {
      // A session on a custom scenario reads with the version kept when it was set up (or saved in the editor).
      loadSessionScenarios(storage);
      const decoded = decodeSessionCode(code);
      const stored = storage ? loadDashboard(storage, code) : null;
      state = stored ?? newDashboardState(decoded);
      const restored = restoreDashboard(state);
      settings = restored.settings;
      accepted = restored.accepted;
      problem.textContent = restored.problems.length
        ? t('{n} stored result codes no longer read and are left out.', { n: restored.problems.length })
        : '';
      if (!stored) save();
      failure.hidden = true;
      body.hidden = false;
      header.hidden = false;
      applyProjector();
    } catch (error) {
      if (!(error instanceof WorkshopCodeError)) throw error;
      const ref =
        error.problem === 'missingScenario' || error.problem === 'otherScenarioVersion'
          ? customScenarioRef(code)
          : null;
      showFailure(tr(error.msg), ref ? { ref, retry: () => load(code) } : null);
    }
  }

  /** The failure, and for a session whose scenario this device lacks, its file to open (then `retry`). */
  function showFailure(
    text: string,
    scenarioWanted: { ref: CustomScenarioRef; retry: () => void } | null = null,
  ): void {
    header.hidden = true;
    body.hidden = true;
    failure.hidden = false;
    const back = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Back to the workshop'));
    back.addEventListener('click', () => options.go({ view: 'home' }));
    failure.replaceChildren(el(doc, 'h3', {}, t('This session code cannot be read')), el(doc, 'p', {}, text));
    // The session's scenario file, when this device lacks the scenario (a dashboard opened on another one).
    if (scenarioWanted)
      failure.append(
        scenarioFileControl(doc, {
          id: 'ws-scenario-file',
          storage,
          ref: () => scenarioWanted.ref,
          taken: scenarioWanted.retry,
        }).element,
      );
    failure.append(back);
  }

  function applyProjector(): void {
    const on = state?.projector ?? false;
    projector.setAttribute('aria-pressed', String(on));
    root.classList.toggle('ws-projector', on);
    charts.setProjector(on);
  }

  function addCodes(texts: string[], source: 'field' | 'file' | 'camera'): void {
    if (!settings || !state) return;
    const done: string[] = [];
    for (const text of texts) {
      try {
        const added = addResult(state, accepted, text, settings);
        state = added.state;
        accepted = added.accepted;
        const { outcome } = added;
        done.push(
          outcome.kind === 'added'
            ? t('Added {team}: {years} years.', { team: outcome.teamName, years: outcome.years })
            : outcome.kind === 'replaced'
              ? t('{team} handed in again: {years} years now (was {previous}).', {
                  team: outcome.teamName,
                  years: outcome.years,
                  previous: outcome.previousYears,
                })
              : t('{team}’s code is already on the dashboard.', { team: outcome.teamName }),
        );
      } catch (error) {
        if (!(error instanceof WorkshopCodeError)) throw error;
        // One clear message; nothing changed.
        const text = tr(error.msg);
        problem.textContent = texts.length > 1 ? t('One code was refused: {problem}', { problem: text }) : text;
        if (source === 'field') codeField.setAttribute('aria-invalid', 'true');
        if (done.length === 0) {
          message.textContent = '';
          return;
        }
      }
    }
    if (done.length > 0) {
      if (texts.length === done.length) problem.textContent = '';
      codeField.removeAttribute('aria-invalid');
      if (source === 'field') codeField.value = '';
      message.textContent = done.join(' ');
      save();
      render();
    }
  }

  // ------------------------------------------------------------------------------------------
  // Events

  addForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = codeField.value;
    if (!text.trim()) {
      problem.textContent = t('Type or paste a result code first.');
      codeField.focus();
      return;
    }
    addCodes(codesInText(text), 'field');
  });
  codeField.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      addForm.requestSubmit();
    }
  });
  codeField.addEventListener('input', () => codeField.removeAttribute('aria-invalid'));

  async function readFiles(files: FileList | readonly File[]): Promise<void> {
    const texts: string[] = [];
    for (const file of Array.from(files)) {
      if (file.size > 100_000) {
        problem.textContent = t('{file} is too large to be a result code.', { file: file.name });
        return;
      }
      texts.push(...codesInText(await file.text()));
    }
    if (texts.length > 0) addCodes(texts, 'file');
  }
  fileInput.addEventListener('change', () => {
    if (fileInput.files) void readFiles(fileInput.files).finally(() => (fileInput.value = ''));
  });
  add.node.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) {
      event.preventDefault();
      add.node.classList.add('ws-add--drop');
    }
  });
  add.node.addEventListener('dragleave', () => add.node.classList.remove('ws-add--drop'));
  add.node.addEventListener('drop', (event) => {
    add.node.classList.remove('ws-add--drop');
    const files = event.dataTransfer?.files;
    if (files && files.length > 0) {
      event.preventDefault();
      void readFiles(files);
    }
  });

  let stream: MediaStream | null = null;
  let scanning = 0;
  function endScan(): void {
    scanning++;
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    video.srcObject = null;
    scanBox.hidden = true;
  }
  scanButton.addEventListener('click', () => {
    if (!BarcodeDetector || !view) return;
    const detector = new BarcodeDetector({ formats: ['qr_code'] });
    const run = ++scanning;
    view.navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (s) => {
        if (run !== scanning) return s.getTracks().forEach((tr) => tr.stop());
        stream = s;
        video.srcObject = s;
        scanBox.hidden = false;
        await video.play();
        const look = async (): Promise<void> => {
          if (run !== scanning) return;
          const found = await detector.detect(video).catch(() => []);
          const value = found[0]?.rawValue;
          if (value) {
            endScan();
            addCodes(codesInText(value), 'camera');
            return;
          }
          view.setTimeout(() => void look(), 250);
        };
        void look();
      })
      .catch(() => {
        problem.textContent = t('The camera could not be opened: type the code or add its file instead.');
      });
  });
  stopScan.addEventListener('click', endScan);

  projector.addEventListener('click', () => {
    if (!state) return;
    state = { ...state, projector: !state.projector };
    save();
    applyProjector();
  });

  csvButton.addEventListener('click', () => {
    if (!settings || !state) return;
    downloadText(
      doc,
      sessionCsv(settings, state.sessionCode, accepted),
      `${sessionFileStem(settings, state.sessionCode)}.csv`,
      'text/csv',
    );
  });
  jsonButton.addEventListener('click', () => {
    if (!settings || !state) return;
    downloadText(
      doc,
      sessionJson(settings, state.sessionCode, accepted),
      `${sessionFileStem(settings, state.sessionCode)}.json`,
      'application/json',
    );
  });

  // ------------------------------------------------------------------------------------------
  // Drawing

  function render(): void {
    label();
    if (!settings || !state) return;
    const s = settings;
    const runs = accepted.map((a) => a.run);
    rows = runs.map((run) => rankingRow(s, run));
    const scenario = localized(baseScenario(s));
    heading.textContent = t('Dashboard: {scenario}', { scenario: scenario.name });
    facts.textContent = t('Session code {code} · {years} years · {difficulty} · {n} of {teams} teams have handed in', {
      code: state.sessionCode,
      years: s.termYears,
      difficulty: t(DIFFICULTY_NAMES[s.difficulty]),
      n: accepted.length,
      teams: s.teams,
    });
    results.hidden = accepted.length === 0;
    drawTeams();
    if (accepted.length === 0) return;
    drawRanking();
    charts.draw({
      horizon: s.termYears,
      baseline: sessionBaseline(s).states,
      teams: runs.map((run) => ({ name: run.teamName, states: run.context.history })),
    });
    drawAllocations();
    drawCalibration();
    drawDebrief();
  }

  function drawTeams(): void {
    if (accepted.length === 0) {
      teamsBody.replaceChildren(
        el(
          doc,
          'p',
          { class: 'workshop-hint' },
          t('No results yet. When a team hands in, type or paste its result code above, or drop its file here.'),
        ),
      );
      return;
    }
    const table = el(doc, 'table', { class: 'data-table ws-team-table' });
    const thead = tableHead(doc, [
      { text: t('Team') },
      { text: t('Years played'), numeric: true },
      { text: t('Term') },
      { text: t('Actions') },
    ]);
    const tbody = el(doc, 'tbody');
    for (const result of accepted) {
      const run = result.run;
      const tr = el(doc, 'tr');
      const ended =
        run.context.endReason === 'approval'
          ? t('Ended early: support collapsed')
          : yearsOf(run) >= (settings?.termYears ?? 0)
            ? t('Full term')
            : t('In progress');
      const cell = el(doc, 'td');
      const actions = el(doc, 'div', { class: 'ws-team-actions' });
      cell.append(actions);
      const memoButton = el(
        doc,
        'button',
        { type: 'button', class: 'secondary', 'aria-label': t('Print the memo of {team}', { team: run.teamName }) },
        t('Memo'),
      );
      memoButton.addEventListener('click', () => printMemo(result));
      const remove = el(
        doc,
        'button',
        {
          type: 'button',
          class: 'secondary danger',
          'aria-label': t('Remove the result of {team}', { team: run.teamName }),
        },
        t('Remove'),
      );
      remove.addEventListener('click', () => {
        if (!state) return;
        state = removeResult(state, result.code);
        accepted = accepted.filter((a) => a !== result);
        save();
        message.textContent = t('Removed the result of {team}.', { team: run.teamName });
        render();
        heading.focus();
      });
      actions.append(memoButton, remove);
      tr.append(
        el(doc, 'th', { scope: 'row' }, run.teamName),
        el(doc, 'td', { class: 'num' }, String(yearsOf(run))),
        el(doc, 'td', {}, ended),
        cell,
      );
      tbody.append(tr);
    }
    table.append(thead, tbody);
    teamsBody.replaceChildren(scrolling(table, 'ws-teams-heading'));
  }

  function scrolling(table: HTMLTableElement, labelledBy: string): HTMLElement {
    const wrap = el(doc, 'div', {
      class: 'ws-table-scroll',
      role: 'region',
      'aria-labelledby': labelledBy,
      tabindex: '0',
    });
    wrap.append(table);
    return wrap;
  }

  function drawRanking(): void {
    const table = el(doc, 'table', { class: 'data-table ws-ranking-table', 'aria-describedby': 'ws-ranking-note' });
    const note = el(
      doc,
      'p',
      { class: 'workshop-hint', id: 'ws-ranking-note' },
      t('Against no new policy at the same year. Press a column to sort by it; press again to turn the order round.'),
    );
    const head = el(doc, 'tr');
    head.append(el(doc, 'th', { scope: 'col', class: 'num' }, t('Rank')), el(doc, 'th', { scope: 'col' }, t('Team')));
    for (const criterion of RANKING_CRITERIA) {
      const th = el(doc, 'th', { scope: 'col', class: 'num', 'aria-sort': ariaSortOf(sort, criterion) });
      const button = el(
        doc,
        'button',
        { type: 'button', class: 'ws-sort', 'data-criterion': criterion },
        tr(RANKING_LABELS[criterion]),
      );
      const mark = el(
        doc,
        'span',
        { class: 'ws-sort__mark', 'aria-hidden': 'true' },
        sort.criterion === criterion ? (sort.bestFirst ? '▼' : '▲') : '',
      );
      button.append(mark);
      button.addEventListener('click', () => {
        sort = nextSort(sort, criterion);
        drawRanking();
        rankingBody.querySelector<HTMLButtonElement>(`button[data-criterion="${criterion}"]`)?.focus();
      });
      th.append(button);
      head.append(th);
    }
    const thead = el(doc, 'thead');
    thead.append(head);
    const tbody = el(doc, 'tbody');
    sortRanking(rows, sort).forEach((row, i) => {
      const line = el(doc, 'tr');
      line.append(el(doc, 'td', { class: 'num' }, String(i + 1)));
      const name = el(doc, 'th', { scope: 'row' }, row.teamName);
      if (row.endReason === 'approval')
        name.append(el(doc, 'span', { class: 'ws-note' }, ` (${t('support collapsed')})`));
      line.append(name);
      for (const criterion of RANKING_CRITERIA)
        line.append(
          el(
            doc,
            'td',
            { class: criterion === sort.criterion ? 'num ws-sorted' : 'num' },
            scoreText(criterion, row.scores[criterion]),
          ),
        );
      tbody.append(line);
    });
    table.append(thead, tbody);
    const notes = el(doc, 'dl', { class: 'ws-notes' });
    for (const criterion of RANKING_CRITERIA)
      notes.append(el(doc, 'dt', {}, tr(RANKING_LABELS[criterion])), el(doc, 'dd', {}, tr(RANKING_NOTES[criterion])));
    const details = el(doc, 'details', { class: 'ws-notes-details' });
    details.append(el(doc, 'summary', {}, t('What the columns mean')), notes);
    rankingBody.replaceChildren(note, scrolling(table, 'ws-ranking-heading'), details);
  }

  function drawAllocations(): void {
    if (!settings) return;
    const grid = el(doc, 'div', { class: 'ws-bars-grid' });
    for (const { run } of accepted) {
      const figure = el(doc, 'figure', { class: 'ws-bars-card' });
      figure.append(
        el(doc, 'figcaption', {}, run.teamName),
        allocationBars(doc, teamAllocations(run), settings.termYears),
      );
      grid.append(figure);
    }
    allocationsBody.replaceChildren(
      el(
        doc,
        'p',
        { class: 'workshop-hint' },
        t(
          'Each bar is one year of the term: the share of the budget each line received (the empty part was left unspent).',
        ),
      ),
      leverKey(doc),
      grid,
    );
  }

  function drawCalibration(): void {
    const table = el(doc, 'table', { class: 'data-table' });
    const thead = tableHead(doc, [
      { text: t('Team') },
      ...[t('Predictions made'), t('Right'), t('Share right'), t('Too hopeful'), t('Too gloomy')].map((text) => ({
        text,
        numeric: true,
      })),
    ]);
    const tbody = el(doc, 'tbody');
    for (const { run } of accepted) {
      const c = teamCalibration(run);
      const line = el(doc, 'tr');
      line.append(
        el(doc, 'th', { scope: 'row' }, c.teamName),
        el(doc, 'td', { class: 'num' }, String(c.made)),
        el(doc, 'td', { class: 'num' }, String(c.right)),
        el(doc, 'td', { class: 'num' }, c.rightShare === null ? '–' : formatPct(c.rightShare * 100, { digits: 0 })),
        el(doc, 'td', { class: 'num' }, String(c.hopeful)),
        el(doc, 'td', { class: 'num' }, String(c.gloomy)),
      );
      tbody.append(line);
    }
    table.append(thead, tbody);
    calibrationBody.replaceChildren(
      el(
        doc,
        'p',
        { class: 'workshop-hint' },
        t(
          'Each year a team may predict whether output, jobs and poverty rise or fall: how often they were right, and which way they missed.',
        ),
      ),
      scrolling(table, 'ws-calibration-heading'),
    );
  }

  function drawDebrief(): void {
    if (!settings) return;
    const runs = accepted.map((a) => a.run);
    const d = selectWorkshopDebrief(settings, runs, rows);
    const parts: HTMLElement[] = [];
    parts.push(el(doc, 'h5', {}, t('What the best teams did differently')));
    if (d.best) {
      parts.push(el(doc, 'p', {}, tr(d.best.summary)));
      const list = el(doc, 'ul');
      for (const difference of d.best.differences) list.append(el(doc, 'li', {}, tr(difference.text)));
      if (d.best.targets)
        list.append(
          el(
            doc,
            'li',
            {},
            t('The best teams aimed incentives mostly at {top}; the others at {bottom}.', {
              top: t(INCENTIVE_TARGET_LABELS[d.best.targets.top]),
              bottom: t(INCENTIVE_TARGET_LABELS[d.best.targets.bottom]),
            }),
          ),
        );
      if (list.childElementCount > 0) parts.push(list);
    } else
      parts.push(
        el(
          doc,
          'p',
          { class: 'workshop-hint' },
          t('With two teams or more, the debrief compares the best teams with the rest.'),
        ),
      );
    parts.push(el(doc, 'h5', {}, t('Which of the six limitations bit')));
    const limits = el(doc, 'ul', { class: 'ws-limitations' });
    for (const l of d.limitations) {
      const item = el(doc, 'li', { class: l.bit ? 'ws-limitation ws-limitation--bit' : 'ws-limitation' });
      item.append(el(doc, 'strong', {}, t(l.label)), ': ', tr(l.summary));
      if (l.teams.length > 0 && l.teams.length < runs.length) item.append(` (${l.teams.join(', ')})`);
      limits.append(item);
    }
    parts.push(limits);
    parts.push(el(doc, 'h5', {}, t('Questions to ask')));
    const questions = el(doc, 'ol', { class: 'ws-questions' });
    for (const q of d.questions) questions.append(el(doc, 'li', {}, tr(q)));
    parts.push(questions);
    if (d.learningGoals.length > 0) {
      parts.push(el(doc, 'h5', {}, t('Learning goals of this scenario')));
      const goals = el(doc, 'ul');
      const shown = localized(baseScenario(settings)).learningGoals;
      for (const goal of shown.length === d.learningGoals.length ? shown : d.learningGoals)
        goals.append(el(doc, 'li', {}, goal));
      parts.push(goals);
    }
    debriefBody.replaceChildren(...parts);
  }

  function printMemo(result: AcceptedResult): void {
    if (!settings) return;
    const runs = accepted.map((a) => a.run);
    const m = teamMemo(settings, result.run, runs, rows);
    const parts: HTMLElement[] = [];
    parts.push(el(doc, 'h2', {}, t('Memo: {team}', { team: m.teamName })));
    parts.push(
      el(doc, 'p', { class: 'workshop-memo__sub' }, `${localized(baseScenario(settings)).name}. ${tr(m.endText)}`),
    );
    parts.push(
      el(
        doc,
        'p',
        {},
        t('Place {place} of {teams} by the balanced score ({score}).', {
          place: m.place,
          teams: m.teams,
          score: formatNumber(m.balanced, { digits: 0 }),
        }),
      ),
    );
    const outcomes = el(doc, 'table', { class: 'data-table' });
    const othead = tableHead(doc, [
      { text: t('Outcome') },
      ...[t('Yours'), t('No new policy'), t('Place')].map((text) => ({ text, numeric: true })),
    ]);
    const otbody = el(doc, 'tbody');
    for (const o of m.outcomes) {
      const line = el(doc, 'tr');
      line.append(
        el(doc, 'th', { scope: 'row' }, tr(o.label)),
        el(doc, 'td', { class: 'num' }, o.yours),
        el(doc, 'td', { class: 'num' }, o.baseline),
        el(doc, 'td', { class: 'num' }, String(o.place)),
      );
      otbody.append(line);
    }
    outcomes.append(othead, otbody);
    parts.push(outcomes);
    if (m.goals.length > 0) {
      parts.push(el(doc, 'h3', {}, t('Goals')));
      const list = el(doc, 'ul');
      for (const g of m.goals)
        list.append(el(doc, 'li', {}, `${g.met ? '✓' : '✗'} ${g.label}: ${g.yours} (${tr(g.target)})`));
      parts.push(list);
    }
    parts.push(el(doc, 'h3', {}, t('Your budget')));
    const spend = el(doc, 'ul');
    for (const line of m.spending)
      spend.append(
        el(
          doc,
          'li',
          {},
          t('{line}: {share} of the budget on average', {
            line: t(line.label),
            share: formatPct(line.share * 100, { digits: 0 }),
          }),
        ),
      );
    if (m.unspentShare > 0.005)
      spend.append(el(doc, 'li', {}, t('Unspent: {share}', { share: formatPct(m.unspentShare * 100, { digits: 0 }) })));
    parts.push(spend);
    for (const text of m.distinctive) parts.push(el(doc, 'p', {}, tr(text)));
    if (m.events.length > 0) {
      parts.push(el(doc, 'h3', {}, t('Events')));
      const list = el(doc, 'ul');
      for (const e of m.events) list.append(el(doc, 'li', {}, `${e.year}: ${e.title} (${e.choice})`));
      parts.push(list);
    }
    const c = m.calibration;
    parts.push(el(doc, 'h3', {}, t('Your predictions')));
    parts.push(
      el(
        doc,
        'p',
        {},
        c.made > 0
          ? t('{right} of {made} predictions were right.', { right: c.right, made: c.made })
          : t('No predictions were made.'),
      ),
    );
    if (m.limitations.length > 0) {
      parts.push(el(doc, 'h3', {}, t('Limitations that bit')));
      parts.push(el(doc, 'p', {}, m.limitations.map((l) => t(l)).join(', ')));
    }
    if (m.roles.length > 0) {
      parts.push(el(doc, 'h3', {}, t('Your constituencies at the end')));
      const list = el(doc, 'ul');
      for (const r of m.roles)
        list.append(
          el(
            doc,
            'li',
            {},
            `${tr(r.label)}: ${formatPct(r.approval * 100, { digits: 0 })}${r.unhappy ? ` (${t('unhappy')})` : ''}`,
          ),
        );
      parts.push(list);
    }
    memo.replaceChildren(...parts);
    printOnly(doc, 'memo');
  }

  function label(): void {
    projector.textContent = t('Projector view');
    add.heading.textContent = t('Add results');
    codeLabel.textContent = t('Result code');
    addButton.textContent = t('Add result');
    fileLabel.textContent = t('Choose files');
    scanButton.textContent = t('Scan with the camera');
    stopScan.textContent = t('Stop scanning');
    dropHint.textContent = t('You can also drop the teams’ result files here.');
    teams.heading.textContent = t('Teams');
    ranking.heading.textContent = t('Ranking');
    trajectories.heading.textContent = t('Growth, jobs and poverty, every team and no new policy');
    allocations.heading.textContent = t('Budgets side by side');
    calibration.heading.textContent = t('How the predictions held up');
    debrief.heading.textContent = t('Debrief');
    exports.heading.textContent = t('Export the session');
    csvButton.textContent = t('Export CSV');
    jsonButton.textContent = t('Export JSON');
  }

  let openedFor = '';
  return {
    open(route) {
      if (route.view !== 'dashboard') return;
      const key = normaliseCode(route.code).chars;
      if (key !== openedFor || !state) {
        openedFor = key;
        message.textContent = '';
        problem.textContent = '';
        sort = { criterion: 'balanced', bestFirst: true };
        load(route.code);
      }
      render();
      applyProjector();
    },
  };
}
