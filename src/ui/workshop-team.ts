// A team's views of the workshop screen: joining a session (Session code, Team name, Join), and the
// list of teams playing on this device (hot seat). Mounted by workshop-screen.ts.
//
// Joining decodes the session code (src/platform/workshop-session-code.ts) and starts the ordinary
// game under the session's settings (sessionStart: seed, scenario, term, budget, difficulty, events),
// tagged with the session code, the team name and its roles, so its save remembers them. A team that
// already plays the session on this device continues its game instead of starting a second one.
//
// A session on a scenario made in the editor needs that scenario on the device: the join link
// carries it, or the team opens the scenario file here. Either is checked against the code's
// fingerprint, kept on the device (workshop-scenarios.ts) and registered for the game.
import type { StartOptions, WorkshopTag } from '../flow';
import type { SavedGame } from '../platform/game-slots';
import { WorkshopCodeError } from '../platform/workshop-code-error';
import { loadSessionScenarios, takeSessionScenario } from '../platform/workshop-scenarios';
import {
  customScenarioRef,
  decodeSessionCode,
  encodeSessionCode,
  joinScenarioFromHash,
} from '../platform/workshop-session-code';
import type { RoleId, Scenario } from '../scenario';
import { registerCustomScenario } from '../scenario';
import { renderMsg, type Msg } from '../view/report';
import { ROLE_LABELS, scenarioRoles } from '../view/workshop-roles';
import { baseScenario, sessionStart, teamNameSchema, type SessionSettings } from '../view/workshop-session';
import { formatUsdM } from '../view/format';
import { el } from './component';
import { t } from './i18n';
import { localized, onScenarioTexts, scenarioTextsKey } from './scenario-texts';
import { scenarioFileControl } from './workshop-scenario-file';
import { findTeamGame } from './workshop-team-logic';
import type { WorkshopViewOptions } from './workshop-facilitator';
import type { WorkshopRoute } from './workshop-screen';

/** What a team's game needs from the app (src/ui/app.ts). */
export interface TeamHooks {
  /** Starts a new team game (its briefing); returns why it cannot (no room for another saved game), or null. */
  startTeamGame(start: StartOptions & { workshop: WorkshopTag }): string | null;
  /** The workshop games saved in this browser, the most recently played first. */
  teamGames(): SavedGame[];
  /** Resumes a team's saved game (asks when another tab has it); resolves true when it is open. */
  continueTeamGame(key: string): Promise<boolean>;
}

export interface TeamView {
  open(route: WorkshopRoute): void;
}

export type TeamViewOptions = WorkshopViewOptions & { team: TeamHooks };

const tr = (m: Msg): string => renderMsg(m, t);

const DIFFICULTY_WORDS = { easy: 'Easy', normal: 'Normal', hard: 'Hard' } as const;

/** One line saying what the session plays: "Sialkot · 10 years · US$ 20 m a year · Normal · 8 min a year". */
function sessionSummary(settings: SessionSettings): string {
  const scenario = localized(baseScenario(settings));
  const parts = [
    scenario.shortName,
    t('{n} years', { n: settings.termYears }),
    t('{money} a year', { money: formatUsdM(settings.budgetUsdM).replace(/ /g, '\u00a0') }),
    t(DIFFICULTY_WORDS[settings.difficulty as keyof typeof DIFFICULTY_WORDS] ?? 'Normal'),
  ];
  if (settings.timerMinutes !== null) parts.push(t('{n} min a year', { n: settings.timerMinutes }));
  if (settings.roles) parts.push(t('with roles'));
  // Each part isolated, so a Latin cluster name does not reorder an Arabic line.
  return parts.map((part) => `\u2068${part}\u2069`).join(' · ');
}

export function mountJoin(root: HTMLElement, options: TeamViewOptions): TeamView {
  const { doc } = options;
  const heading = el(doc, 'h3', { id: 'workshop-join-heading' });
  const lead = el(doc, 'p', { class: 'workshop-join__lead' });
  const form = el(doc, 'form', { class: 'workshop-join', 'aria-labelledby': 'workshop-join-heading', novalidate: '' });

  const codeLabel = el(doc, 'label', { for: 'workshop-join-code' });
  const code = el(doc, 'input', {
    id: 'workshop-join-code',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    autocapitalize: 'characters',
    class: 'workshop-code-input',
    'aria-describedby': 'workshop-join-code-status',
  });
  const codeStatus = el(doc, 'p', { id: 'workshop-join-code-status', class: 'workshop-join__status' });
  const codeError = el(doc, 'p', { id: 'workshop-join-code-error', class: 'workshop-error', role: 'alert' });
  codeError.hidden = true;
  // The session's scenario: how it came (the join link, a file), or its file, asked for when the code
  // names a scenario this device does not have.
  const scenarioStatus = el(doc, 'p', { class: 'workshop-join__status', role: 'status' });
  const scenarioFile = scenarioFileControl(doc, {
    id: 'workshop-join-scenario-file',
    storage: options.storage,
    ref: () => customScenarioRef(code.value),
    taken(scenario) {
      tookScenario(scenario);
      codeChanged();
      if (decoded) name.focus();
    },
  });
  const scenarioField = scenarioFile.element;
  scenarioField.hidden = true;

  const nameLabel = el(doc, 'label', { for: 'workshop-team-name' });
  const name = el(doc, 'input', { id: 'workshop-team-name', type: 'text', autocomplete: 'off', maxlength: '40' });
  const nameError = el(doc, 'p', { id: 'workshop-team-name-error', class: 'workshop-error', role: 'alert' });
  nameError.hidden = true;

  const roles = el(doc, 'fieldset', { class: 'workshop-join__roles' });
  roles.hidden = true;
  const rolesError = el(doc, 'p', { id: 'workshop-roles-error', class: 'workshop-error', role: 'alert' });
  rolesError.hidden = true;

  const join = el(doc, 'button', { type: 'submit', class: 'primary' });
  const startError = el(doc, 'p', { class: 'workshop-error', role: 'alert' });
  startError.hidden = true;
  const back = el(doc, 'button', { type: 'button', class: 'link-button' });
  back.addEventListener('click', () => options.go({ view: 'home' }));

  const field = (...nodes: HTMLElement[]) => {
    const wrap = el(doc, 'div', { class: 'workshop-field' });
    wrap.append(...nodes);
    return wrap;
  };
  const actions = el(doc, 'div', { class: 'workshop-join__actions' });
  actions.append(join, back);
  form.append(
    field(codeLabel, code, codeStatus, codeError),
    scenarioField,
    scenarioStatus,
    field(nameLabel, name, nameError),
    roles,
    rolesError,
    actions,
    startError,
  );
  root.replaceChildren(heading, lead, form);

  /** The settings the code in the field stands for, or null (the status line says why). */
  let decoded: SessionSettings | null = null;
  let rolesFor: string | null = null;

  function showError(node: HTMLElement, input: HTMLElement | null, text: string | null): void {
    node.textContent = text ?? '';
    node.hidden = text === null;
    if (!input) return;
    const base = input === code ? ['workshop-join-code-status'] : [];
    const ids = text === null ? base : [node.id, ...base];
    if (ids.length > 0) input.setAttribute('aria-describedby', ids.join(' '));
    else input.removeAttribute('aria-describedby');
    if (text === null) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  }

  /** Reads the code field: the session's summary once it decodes, its roles to pick. */
  function readCode(): { settings: SessionSettings } | { problem: string; needsScenario: boolean } {
    loadSessionScenarios(options.storage);
    try {
      const settings = decodeSessionCode(code.value);
      return { settings };
    } catch (error) {
      if (error instanceof WorkshopCodeError)
        return {
          problem: tr(error.msg),
          needsScenario: error.problem === 'missingScenario' || error.problem === 'otherScenarioVersion',
        };
      throw error;
    }
  }

  /** The session's scenario is on this device now: known by id to the rest of the app (the game, its saves). */
  function tookScenario(scenario: Scenario): void {
    registerCustomScenario(scenario, { pinned: true });
    scenarioStatus.textContent = t('The scenario “{name}” is on this device now.', { name: scenario.name });
  }

  /** The scenario a join link carries, taken before its code is read. */
  function takeLinkScenario(hash: string): void {
    const link = joinScenarioFromHash(hash);
    if (link.kind === 'scenario') {
      const problem = takeSessionScenario(options.storage, link.scenario, customScenarioRef(code.value));
      if (problem) scenarioFile.problem(tr(problem));
      else tookScenario(link.scenario);
    } else if (link.kind === 'problem')
      scenarioFile.problem(
        t(
          'The scenario in this join link cannot be read (the link may be cut short). Ask the facilitator for the link again, or open the scenario file.',
        ),
      );
  }

  function drawRoles(settings: SessionSettings | null): void {
    const scenario = settings?.roles ? scenarioRoles(localized(baseScenario(settings))) : [];
    const key =
      settings && scenario.length > 0
        ? `${settings.scenarioId}#${settings.scenarioFingerprint ?? ''}|${scenarioTextsKey()}`
        : null;
    roles.hidden = key === null;
    if (key === rolesFor) return;
    rolesFor = key;
    roles.replaceChildren(el(doc, 'legend', {}, t('Roles in your team')));
    if (key === null) return;
    roles.append(
      el(
        doc,
        'p',
        { class: 'workshop-join__hint' },
        t('Tick the roles your members hold; each sees their brief during the game.'),
      ),
    );
    for (const role of scenario) {
      const option = el(doc, 'label', { class: 'workshop-role-option' });
      const box = el(doc, 'input', { type: 'checkbox', name: 'workshop-role', value: role.role });
      box.checked = true;
      option.append(box, el(doc, 'span', {}, tr(ROLE_LABELS[role.role])));
      roles.append(option);
    }
  }

  function codeChanged(): void {
    showError(codeError, code, null);
    startError.hidden = true;
    const read = code.value.trim() ? readCode() : null;
    decoded = read && 'settings' in read ? read.settings : null;
    codeStatus.textContent = decoded ? t('Session: {summary}', { summary: sessionSummary(decoded) }) : '';
    // A whole code naming a scenario this device lacks: say so at once, and ask for its file.
    const needsScenario = read !== null && 'needsScenario' in read && read.needsScenario;
    if (needsScenario) showError(codeError, code, read.problem);
    scenarioField.hidden = !needsScenario;
    if (!needsScenario) scenarioFile.problem(null);
    if (decoded?.scenarioFingerprint === undefined) scenarioStatus.textContent = '';
    drawRoles(decoded);
  }
  code.addEventListener('input', codeChanged);
  // The cluster's name and the roles in the chosen language, once its scenario texts arrive.
  onScenarioTexts(() => {
    if (!root.hidden && decoded) codeChanged();
  });
  name.addEventListener('input', () => showError(nameError, name, null));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    startError.hidden = true;
    const read = readCode();
    const teamName = teamNameSchema.safeParse(name.value);
    if ('problem' in read) {
      showError(codeError, code, read.problem);
      decoded = null;
      codeStatus.textContent = '';
      drawRoles(null);
    }
    if (!teamName.success) {
      const issue = teamName.error.issues[0]?.message ?? '';
      showError(nameError, name, teamNameProblem(issue));
    }
    if ('problem' in read) {
      if (read.needsScenario) scenarioFile.focus();
      else code.focus();
      return;
    }
    if (!teamName.success) {
      name.focus();
      return;
    }
    const settings = read.settings;
    if (settings.scenarioFingerprint !== undefined) registerCustomScenario(baseScenario(settings), { pinned: true });
    drawRoles(settings);
    const chosen = roles.hidden
      ? []
      : [...roles.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
          .filter((b) => b.checked)
          .map((b) => b.value as RoleId);
    if (!roles.hidden && chosen.length === 0) {
      showError(rolesError, null, t('Tick at least one role.'));
      roles.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    showError(rolesError, null, null);
    const sessionCode = encodeSessionCode(settings);
    const existing = findTeamGame(options.team.teamGames(), sessionCode, teamName.data);
    if (existing) {
      options.announce(
        t('{team} already plays this session on this device: its game continues.', {
          team: existing.summary.workshop?.teamName ?? teamName.data,
        }),
      );
      void options.team.continueTeamGame(existing.key);
      return;
    }
    const problem = options.team.startTeamGame({
      ...sessionStart(settings),
      workshop: { sessionCode, teamName: teamName.data, roles: chosen },
    });
    if (problem) {
      startError.textContent = problem;
      startError.hidden = false;
    }
  });

  const label = () => {
    heading.textContent = t('Join a session');
    lead.textContent = t(
      'Type the session code the facilitator gives you and choose a name for your team. Every team plays the same cluster under the same luck.',
    );
    codeLabel.textContent = t('Session code');
    scenarioFile.label();
    nameLabel.textContent = t('Team name');
    join.textContent = t('Join');
    back.textContent = t('Back to the workshop');
  };

  return {
    open(route) {
      label();
      if (route.view === 'join' && route.code) code.value = route.code;
      scenarioFile.problem(null);
      scenarioStatus.textContent = '';
      if (route.view === 'join' && route.hash) takeLinkScenario(route.hash);
      codeChanged();
      // A join link whose code does not read says why at once.
      if (route.view === 'join' && route.code && !decoded) {
        const read = readCode();
        if ('problem' in read) showError(codeError, code, read.problem);
      }
      if (decoded) name.focus({ preventScroll: true });
      else code.focus({ preventScroll: true });
    },
  };
}

/** The team-name rule that failed, in words (teamNameSchema's messages). */
function teamNameProblem(issue: string): string {
  if (/needs a name/.test(issue)) return t('Give your team a name.');
  if (/at most/.test(issue)) return t('A team name has at most {n} characters.', { n: 24 });
  if (/only letters/.test(issue)) return t('A team name has only letters, digits, spaces and punctuation.');
  return t('This team name is too long for a result code: use fewer non-Latin characters.');
}

/** The teams playing on this device, to switch between (hot seat); refreshed when home is shown. */
export function mountTeamsOnDevice(root: HTMLElement, options: TeamViewOptions): { refresh(): void } {
  const { doc } = options;
  const status = el(doc, 'p', { class: 'workshop-error', role: 'alert' });
  status.hidden = true;

  function refresh(): void {
    const games = options.team.teamGames();
    status.hidden = true;
    if (games.length === 0) {
      root.replaceChildren();
      return;
    }
    const heading = el(
      doc,
      'h4',
      { id: 'workshop-teams-heading', class: 'workshop-teams__heading' },
      t('Teams playing on this device'),
    );
    const list = el(doc, 'ul', { class: 'workshop-teams', 'aria-labelledby': 'workshop-teams-heading' });
    for (const game of games) {
      const tag = game.summary.workshop;
      if (!tag) continue;
      const { summary } = game;
      const item = el(doc, 'li', { class: 'workshop-team' });
      const where =
        summary.phase === 'debrief'
          ? t('{cluster} · term over', { cluster: summary.cluster })
          : t('{cluster} · {year}, year {k} of {n}', {
              cluster: summary.cluster,
              year: summary.year,
              k: summary.termYear,
              n: summary.termYears,
            });
      const text = el(doc, 'div', { class: 'workshop-team__text' });
      text.append(
        el(doc, 'strong', { class: 'workshop-team__name' }, tag.teamName),
        el(doc, 'span', { class: 'workshop-team__session' }, t('Session {code}', { code: tag.sessionCode })),
        el(doc, 'span', { class: 'workshop-team__where' }, where),
      );
      const button = el(doc, 'button', { type: 'button', class: 'secondary' });
      button.append(t('Continue'), el(doc, 'span', { class: 'visually-hidden' }, ` ${tag.teamName}`));
      button.addEventListener('click', () => {
        void options.team.continueTeamGame(game.key).then((opened) => {
          if (opened) return;
          status.textContent = t('The game of {team} could not be opened here. See Saved games on the title page.', {
            team: tag.teamName,
          });
          status.hidden = false;
        });
      });
      item.append(text, button);
      list.append(item);
    }
    root.replaceChildren(heading, list, status);
  }

  return { refresh };
}
