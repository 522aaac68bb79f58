// Session setup (issue 11, item 1): the facilitator chooses the cluster and the rules, and
// `Create session` shows the session code, the join link and its QR code (big enough to read from
// the back of a room), with `Open dashboard` and a printable one-page student handout.
//
// The cluster may be one of the facilitator's own scenarios, saved in the scenario editor (the valid
// ones, under "Your scenarios"). Teams' devices do not have it, and a whole scenario (10,000 to
// 17,000 characters compressed) is far beyond what a QR code holds (2,953 bytes at the largest
// version, unreadable from a screen long before that). So the join link carries the scenario (copy
// it into a chat or mail), a scenario file is offered to hand out, and the QR code and the typed code
// open the join screen, which asks for the link or the file on a device without the scenario.
import { DIFFICULTY_LEVELS, type DifficultyLevel } from '../flow';
import { isScenarioId, scenarioById, type Scenario } from '../scenario';
import { downloadText } from '../platform/files';
import {
  encodeSessionCode,
  joinLink,
  scenarioJoinLink,
  SESSION_SCENARIO_CODES,
} from '../platform/workshop-session-code';
import { newDashboardState, loadDashboard, storeDashboard } from '../platform/workshop-dashboard-state';
import {
  keepSessionScenario,
  savedCustomScenarios,
  scenarioFileName,
  scenarioFileText,
  type SavedCustomScenario,
} from '../platform/workshop-scenarios';
import { formatNumber, formatUsdM } from '../view/format';
import {
  addSessionScenario,
  baseScenario,
  defaultSessionSettings,
  MAX_SESSION_SEED,
  MAX_TEAMS,
  sessionSettingsSchema,
  SESSION_BUDGET_LIMITS,
  TERM_LIMITS,
  TIMER_LIMITS,
  type SessionSettings,
} from '../view/workshop-session';
import { el } from './component';
import { t } from './i18n';
import { localized, onScenarioTexts } from './scenario-texts';
import type { FacilitatorView, WorkshopViewOptions } from './workshop-facilitator';
import { mountHandout, printHandout } from './workshop-handout';
import { qrImage } from './qr-image';

export const DIFFICULTY_NAMES: Record<DifficultyLevel, string> = { easy: 'Easy', normal: 'Normal', hard: 'Hard' };

/** A fresh seed for a session: every team of the session shares it. */
export function randomSeed(view: Window | null): number {
  const crypto = view?.crypto;
  if (crypto?.getRandomValues) return crypto.getRandomValues(new Uint32Array(1))[0]! & MAX_SESSION_SEED;
  return Math.floor(Math.random() * (MAX_SESSION_SEED + 1));
}

/** Copies text to the clipboard; false when the browser refuses (the field is then selected for Ctrl+C). */
export async function copyText(doc: Document, field: HTMLInputElement): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  try {
    if (clipboard) {
      await clipboard.writeText(field.value);
      return true;
    }
  } catch {
    // fall through to the selection
  }
  field.focus();
  field.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  }
}

let fieldIds = 0;

/** A labelled field in a `.workshop-field` wrapper. */
function field<T extends HTMLInputElement | HTMLSelectElement>(
  doc: Document,
  control: T,
  hint?: HTMLElement,
): { wrap: HTMLElement; label: HTMLLabelElement; control: T } {
  const id = control.id || `workshop-field-${++fieldIds}`;
  control.id = id;
  const label = el(doc, 'label', { for: id });
  const wrap = el(doc, 'div', { class: 'workshop-field' });
  wrap.append(label, control);
  if (hint) {
    hint.id = `${id}-hint`;
    control.setAttribute('aria-describedby', hint.id);
    wrap.append(hint);
  }
  return { wrap, label, control };
}

export function mountSessionSetup(root: HTMLElement, options: WorkshopViewOptions): FacilitatorView {
  const { doc } = options;
  const view = doc.defaultView;
  const scenarioIds = SESSION_SCENARIO_CODES.slice();

  const heading = el(doc, 'h3', { id: 'workshop-setup-heading' });
  const intro = el(doc, 'p', { class: 'workshop-intro' });
  const form = el(doc, 'form', {
    class: 'workshop-setup-form',
    'aria-labelledby': 'workshop-setup-heading',
    novalidate: '',
  });

  const scenarioSelect = el(doc, 'select', { id: 'workshop-setup-scenario' });
  const scenarioHint = el(doc, 'p', { class: 'workshop-hint' });
  const scenario = field(doc, scenarioSelect, scenarioHint);
  /** The facilitator's valid saved scenarios, read again each time the setup is shown. */
  let customs: SavedCustomScenario[] = [];
  const teamsInput = el(doc, 'input', {
    id: 'workshop-setup-teams',
    type: 'number',
    min: '1',
    max: String(MAX_TEAMS),
    step: '1',
    inputmode: 'numeric',
  });
  const teams = field(doc, teamsInput);
  const termInput = el(doc, 'input', {
    id: 'workshop-setup-term',
    type: 'number',
    min: String(TERM_LIMITS.min),
    max: String(TERM_LIMITS.max),
    step: '1',
    inputmode: 'numeric',
  });
  const term = field(doc, termInput);
  const budgetHint = el(doc, 'p', { class: 'workshop-hint' });
  const budgetInput = el(doc, 'input', {
    id: 'workshop-setup-budget',
    type: 'number',
    min: String(SESSION_BUDGET_LIMITS.min),
    max: String(SESSION_BUDGET_LIMITS.max),
    step: 'any',
    inputmode: 'decimal',
  });
  const budget = field(doc, budgetInput, budgetHint);
  const difficultySelect = el(doc, 'select', { id: 'workshop-setup-difficulty' });
  const difficulty = field(doc, difficultySelect);

  const eventsSet = el(doc, 'fieldset', { class: 'workshop-events' });
  const eventsLegend = el(doc, 'legend');
  const eventsList = el(doc, 'div', { class: 'workshop-events__list' });
  eventsSet.append(eventsLegend, eventsList);

  const timerCheck = el(doc, 'input', { id: 'workshop-setup-timer', type: 'checkbox' });
  const timerLabel = el(doc, 'label', { for: 'workshop-setup-timer' });
  const timerRow = el(doc, 'div', { class: 'workshop-check' });
  timerRow.append(timerCheck, timerLabel);
  const minutesInput = el(doc, 'input', {
    id: 'workshop-setup-minutes',
    type: 'number',
    min: String(TIMER_LIMITS.min),
    max: String(TIMER_LIMITS.max),
    step: '1',
    inputmode: 'numeric',
    value: '10',
  });
  const minutes = field(doc, minutesInput);
  minutes.wrap.hidden = true;
  timerCheck.addEventListener('change', () => (minutes.wrap.hidden = !timerCheck.checked));

  const rolesCheck = el(doc, 'input', { id: 'workshop-setup-roles', type: 'checkbox' });
  const rolesLabel = el(doc, 'label', { for: 'workshop-setup-roles' });
  const rolesHint = el(doc, 'p', { class: 'workshop-hint', id: 'workshop-setup-roles-hint' });
  rolesCheck.setAttribute('aria-describedby', rolesHint.id);
  const rolesRow = el(doc, 'div', { class: 'workshop-check' });
  rolesRow.append(rolesCheck, rolesLabel);

  const problem = el(doc, 'p', { class: 'workshop-problem', role: 'alert' });
  const createButton = el(doc, 'button', { type: 'submit', class: 'primary' });
  const grid = el(doc, 'div', { class: 'workshop-setup-grid' });
  grid.append(scenario.wrap, teams.wrap, term.wrap, budget.wrap, difficulty.wrap);
  const extras = el(doc, 'div', { class: 'workshop-setup-extras' });
  extras.append(timerRow, minutes.wrap, rolesRow, rolesHint);
  form.append(grid, eventsSet, extras, problem, createButton);

  // The created session.
  const created = el(doc, 'section', { class: 'workshop-created', 'aria-labelledby': 'workshop-created-heading' });
  created.hidden = true;
  const createdHeading = el(doc, 'h3', { id: 'workshop-created-heading' });
  const createdSummary = el(doc, 'p', { class: 'workshop-created__summary' });
  const codeInput = el(doc, 'input', {
    id: 'workshop-session-code-out',
    type: 'text',
    readonly: '',
    class: 'workshop-code-out',
    spellcheck: 'false',
  });
  const codeLabel = el(doc, 'label', { for: codeInput.id });
  const codeCopy = el(doc, 'button', { type: 'button', class: 'secondary' });
  const linkInput = el(doc, 'input', {
    id: 'workshop-join-link-out',
    type: 'text',
    readonly: '',
    class: 'workshop-link-out',
    spellcheck: 'false',
  });
  const linkLabel = el(doc, 'label', { for: linkInput.id });
  const linkCopy = el(doc, 'button', { type: 'button', class: 'secondary' });
  const codeRow = el(doc, 'div', { class: 'workshop-out' });
  const codeLine = el(doc, 'div', { class: 'workshop-out__line' });
  codeLine.append(codeInput, codeCopy);
  codeRow.append(codeLabel, codeLine);
  const linkRow = el(doc, 'div', { class: 'workshop-out' });
  const linkLine = el(doc, 'div', { class: 'workshop-out__line' });
  linkLine.append(linkInput, linkCopy);
  linkRow.append(linkLabel, linkLine);
  // A session on a custom scenario: how teams get it, and its file to hand out.
  const customNote = el(doc, 'div', { class: 'workshop-custom-note' });
  const customText = el(doc, 'p');
  const scenarioFile = el(doc, 'button', { type: 'button', class: 'secondary' });
  customNote.append(customText, scenarioFile);
  customNote.hidden = true;
  const qrBox = el(doc, 'figure', { class: 'workshop-qr-box' });
  const qrCaption = el(doc, 'figcaption');
  const outputs = el(doc, 'div', { class: 'workshop-created__outputs' });
  outputs.append(codeRow, linkRow, customNote);
  const actions = el(doc, 'div', { class: 'workshop-actions' });
  const openDashboard = el(doc, 'button', { type: 'button', class: 'primary' });
  const printButton = el(doc, 'button', { type: 'button', class: 'secondary' });
  const again = el(doc, 'button', { type: 'button', class: 'secondary' });
  actions.append(openDashboard, printButton, again);
  const createdBody = el(doc, 'div', { class: 'workshop-created__body' });
  const createdText = el(doc, 'div', { class: 'workshop-created__text' });
  createdText.append(createdSummary, outputs, actions);
  createdBody.append(createdText, qrBox);
  created.append(createdHeading, createdBody);

  const handout = mountHandout(doc);
  root.replaceChildren(heading, intro, form, created, handout.element);

  let settings: SessionSettings = defaultSessionSettings(scenarioIds[0] ?? 'sialkot-surgical', 0);
  /** The created session: the short join link (the QR code's) and the one that carries a custom scenario. */
  let current: { settings: SessionSettings; code: string; link: string; fullLink: string | null } | null = null;

  const CUSTOM_PREFIX = 'custom:';
  /** The scenario an option of the list stands for (a custom one by its saved entry's id). */
  function chosenScenario(value = scenarioSelect.value): Scenario {
    if (value.startsWith(CUSTOM_PREFIX)) {
      const id = value.slice(CUSTOM_PREFIX.length);
      const found = customs.find((c) => c.id === id);
      if (found) return found.scenario;
    }
    return scenarioById(scenarioIds.includes(value) ? value : (scenarioIds[0] ?? 'sialkot-surgical'));
  }

  function fillScenarios(): void {
    const chosen = scenarioSelect.value || settings.scenarioId;
    customs = savedCustomScenarios(options.storage);
    const builtIns = scenarioIds.map((id) => el(doc, 'option', { value: id }, localized(scenarioById(id)).name));
    if (customs.length === 0) scenarioSelect.replaceChildren(...builtIns);
    else {
      const builtIn = el(doc, 'optgroup', { label: t('Built-in scenarios') });
      builtIn.append(...builtIns);
      const own = el(doc, 'optgroup', { label: t('Your scenarios') });
      // Their own names, as typed: text only.
      own.append(...customs.map((c) => el(doc, 'option', { value: `${CUSTOM_PREFIX}${c.id}` }, c.scenario.name)));
      scenarioSelect.replaceChildren(builtIn, own);
    }
    scenarioSelect.value = chosen;
    // A saved scenario since removed (or made invalid): back to the first.
    if (scenarioSelect.selectedIndex < 0) scenarioSelect.selectedIndex = 0;
    // The chosen scenario changed under its name (saved again in the editor, or removed): its own
    // term, budget and events again.
    if (shown !== null && chosenScenario() !== shown) scenarioDefaults();
  }

  function fillDifficulties(): void {
    const chosen = difficultySelect.value || settings.difficulty;
    difficultySelect.replaceChildren(
      ...DIFFICULTY_LEVELS.map((level) => el(doc, 'option', { value: level }, t(DIFFICULTY_NAMES[level]))),
    );
    difficultySelect.value = chosen;
  }

  /** The event checkboxes of the chosen scenario (all ticked for a new scenario). */
  function fillEvents(keep: boolean): void {
    const ticked = new Set(
      [...eventsList.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
        .filter((c) => c.checked)
        .map((c) => c.value),
    );
    const events = localized(chosenScenario()).events;
    eventsList.replaceChildren(
      ...events.map((event, i) => {
        const row = el(doc, 'div', { class: 'workshop-check' });
        const box = el(doc, 'input', { type: 'checkbox', id: `workshop-setup-event-${i}`, value: event.id });
        box.checked = keep ? ticked.has(event.id) : true;
        row.append(box, el(doc, 'label', { for: box.id }, event.title));
        return row;
      }),
    );
    if (events.length === 0)
      eventsList.append(el(doc, 'p', { class: 'workshop-hint' }, t('This scenario has no events.')));
  }

  /** Term and budget from the scenario's own. */
  /** The scenario whose term, budget and events the form shows. */
  let shown: Scenario | null = null;
  function scenarioDefaults(): void {
    const s = chosenScenario();
    shown = s;
    termInput.value = String(Math.min(TERM_LIMITS.max, s.termYears));
    budgetInput.value = String(s.budgetUsdM);
    fillEvents(false);
    label();
  }
  scenarioSelect.addEventListener('change', scenarioDefaults);

  function readSettings(): SessionSettings | string {
    const ids = [...eventsList.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const chosen = ids.filter((c) => c.checked).map((c) => c.value);
    const events = chosen.length === ids.length ? 'all' : chosen.length === 0 ? 'none' : chosen;
    const number = (input: HTMLInputElement) =>
      input.value.trim() === '' ? Number.NaN : Number(input.value.replace(',', '.'));
    const chosenOne = chosenScenario();
    const candidate = {
      scenarioId: chosenOne.id,
      ...(isScenarioId(chosenOne.id) ? {} : { scenarioFingerprint: addSessionScenario(chosenOne) }),
      teams: number(teamsInput),
      termYears: number(termInput),
      budgetUsdM: number(budgetInput),
      difficulty: difficultySelect.value,
      events,
      timerMinutes: timerCheck.checked ? number(minutesInput) : null,
      roles: rolesCheck.checked,
      seed: randomSeed(view),
    };
    const parsed = sessionSettingsSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    const path = String(parsed.error.issues[0]?.path[0] ?? '');
    const controls: Record<string, [HTMLElement, string]> = {
      teams: [teamsInput, t('Number of teams: a whole number from 1 to {max}.', { max: MAX_TEAMS })],
      termYears: [
        termInput,
        t('Term length: a whole number of years from {min} to {max}.', { min: TERM_LIMITS.min, max: TERM_LIMITS.max }),
      ],
      budgetUsdM: [
        budgetInput,
        t('Budget: from {min} to {max} US$ million, with at most three significant digits (e.g. 12.5 or 2400).', {
          min: formatNumber(SESSION_BUDGET_LIMITS.min, { digits: 2 }),
          max: formatNumber(SESSION_BUDGET_LIMITS.max),
        }),
      ],
      timerMinutes: [
        minutesInput,
        t('Minutes per year: a whole number from {min} to {max}.', { min: TIMER_LIMITS.min, max: TIMER_LIMITS.max }),
      ],
    };
    const [control, message] = controls[path] ?? [scenarioSelect, t('These settings cannot make a session.')];
    control.setAttribute('aria-invalid', 'true');
    control.focus();
    return message;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
    const read = readSettings();
    if (typeof read === 'string') {
      problem.textContent = read;
      return;
    }
    problem.textContent = '';
    settings = read;
    // The exact version chosen stays on this device for the dashboard, whatever the editor saves later.
    if (settings.scenarioFingerprint !== undefined) keepSessionScenario(options.storage, baseScenario(settings));
    const code = encodeSessionCode(settings);
    const link = joinLink(options.pageUrl(), settings);
    current = { settings, code, link, fullLink: scenarioJoinLink(options.pageUrl(), settings) };
    // The dashboard is ready before it is opened (and keeps what comes in).
    if (options.storage && !loadDashboard(options.storage, code))
      storeDashboard(options.storage, newDashboardState(settings));
    showCreated();
    created.hidden = false;
    createdHeading.tabIndex = -1;
    createdHeading.focus();
    options.announce(t('Session created. Session code: {code}.', { code }));
  });

  function showCreated(): void {
    if (!current) return;
    const { code, link, fullLink } = current;
    codeInput.value = code;
    linkInput.value = fullLink ?? link;
    const s = current.settings;
    const sc = localized(baseScenario(s));
    const custom = s.scenarioFingerprint !== undefined;
    customNote.hidden = !custom;
    if (custom)
      customText.textContent =
        fullLink === null
          ? t(
              '“{scenario}” is a scenario of your own: teams’ devices do not have it, and it is too big for a link. Hand out its file: each team opens it on the join screen. The session code and the QR code open the join screen.',
              { scenario: sc.name },
            )
          : t(
              '“{scenario}” is a scenario of your own: teams’ devices do not have it. Send them the join link (it carries the scenario), or hand out its file. It is too big for a QR code: the session code and the QR code open the join screen, which then asks for the link or the file.',
              { scenario: sc.name },
            );
    createdSummary.textContent = t('{scenario}: {teams} teams, {years} years, {difficulty}.', {
      scenario: sc.name,
      teams: s.teams,
      years: s.termYears,
      difficulty: t(DIFFICULTY_NAMES[s.difficulty]).toLowerCase(),
    });
    qrBox.replaceChildren(qrImage(doc, link, t('QR code of the join link')), qrCaption);
    codeInput.classList.toggle('workshop-code-out--long', custom);
    // Non-breaking hyphens: the code stays on one line (they read as hyphens when typed or pasted).
    const shownCode = code.replace(/-/g, '\u2011');
    qrCaption.textContent = custom
      ? t('Scan to open the join screen: {code}', { code: shownCode })
      : t('Scan to join: {code}', { code: shownCode });
    handout.set(s, code, link);
  }

  const copy = (input: HTMLInputElement, done: string) => () => {
    void copyText(doc, input).then((ok) => options.announce(ok ? done : t('Select the text and copy it with Ctrl+C.')));
  };
  codeCopy.addEventListener('click', copy(codeInput, t('Session code copied.')));
  linkCopy.addEventListener('click', copy(linkInput, t('Join link copied.')));
  openDashboard.addEventListener('click', () => {
    if (current) options.go({ view: 'dashboard', code: current.code });
  });
  printButton.addEventListener('click', () => printHandout(doc));
  scenarioFile.addEventListener('click', () => {
    if (current?.settings.scenarioFingerprint === undefined) return;
    const chosenOne = baseScenario(current.settings);
    const name = scenarioFileName(chosenOne);
    downloadText(doc, name, scenarioFileText(chosenOne));
    options.announce(t('“{file}” saved to your downloads.', { file: name }));
  });
  again.addEventListener('click', () => {
    created.hidden = true;
    current = null;
    scenarioSelect.focus();
  });

  function label(): void {
    heading.textContent = t('Set up a session');
    intro.textContent = t(
      'Every team plays this cluster under the same luck: the same seed, term, budget and events. Differences between teams come from their decisions.',
    );
    scenario.label.textContent = t('Scenario');
    teams.label.textContent = t('Number of teams');
    term.label.textContent = t('Term length (years)');
    budget.label.textContent = t('Budget (US$ million a year)');
    budgetHint.textContent = t('The scenario’s own: {budget}.', {
      budget: formatUsdM(chosenScenario().budgetUsdM),
    });
    scenarioHint.textContent =
      customs.length === 0
        ? t('To run a session on a scenario of your own, make it with Make your own and save it: it is listed here.')
        : t('Your scenarios are the ones saved in the scenario editor without problems.');
    scenarioFile.textContent = t('Download the scenario file');
    difficulty.label.textContent = t('Difficulty');
    eventsLegend.textContent = t('Events that may fire');
    timerLabel.textContent = t('A timer for each year');
    minutes.label.textContent = t('Minutes per year');
    rolesLabel.textContent = t('Roles within each team');
    rolesHint.textContent = t(
      'Each member takes a role (Minister of Industry, Finance or Labor, the SME association, a TNC representative) with its own brief and concerns.',
    );
    createButton.textContent = t('Create session');
    createdHeading.textContent = t('Your session');
    codeLabel.textContent = t('Session code');
    codeCopy.textContent = t('Copy');
    codeCopy.setAttribute('aria-label', t('Copy the session code'));
    linkLabel.textContent = t('Join link');
    linkCopy.textContent = t('Copy');
    linkCopy.setAttribute('aria-label', t('Copy the join link'));
    openDashboard.textContent = t('Open dashboard');
    printButton.textContent = t('Print the student handout');
    again.textContent = t('Set up another session');
    handout.label();
    if (current) showCreated();
  }

  // First fill.
  fillScenarios();
  fillDifficulties();
  scenarioSelect.value = settings.scenarioId;
  difficultySelect.value = settings.difficulty;
  teamsInput.value = String(settings.teams);
  scenarioDefaults();
  onScenarioTexts(() => {
    fillScenarios();
    fillEvents(true);
    label();
  });

  return {
    open() {
      fillScenarios();
      fillDifficulties();
      label();
    },
  };
}
