// A workshop team's bar on the play screen (issue 11), shown only in a workshop game: the session and
// the team, so players know they play in a session; the countdown of the session's timer per year;
// which role's constituency is unhappy; each role's brief and concerns (from the scenario file); and
// Switch team, back to the workshop's list of teams on this device (hot seat).
//
// The timer does not end the year by itself: the facilitator runs the room, and a year ended for the
// team would throw away decisions half made. At zero it says so, once, and stays red.
import { yearsPlayed, type GameSnapshot } from '../flow';
import { adoptGameScenario, loadKeptScenarios } from '../platform/workshop-scenarios';
import { customScenarioRef, decodeSessionCode } from '../platform/workshop-session-code';
import { isScenarioId, scenarioById, type Scenario } from '../scenario';
import { renderMsg, type Msg } from '../view/report';
import { selectRoleMoods, scenarioRoles, ROLE_LABELS, type RoleMood } from '../view/workshop-roles';
import { el, setHidden, type Component, type UiContext } from './component';
import { t } from './i18n';
import { localized, scenarioTextsKey } from './scenario-texts';
import { formatCountdown, timerKey, yearDeadline } from './workshop-team-logic';
import './workshop-team.css';

const tr = (m: Msg): string => renderMsg(m, t);

/**
 * The session's timer per year in minutes, read from the code the game carries (null: none). A code
 * on a custom scenario reads once the scenario is known: the copy kept on this device, or the game's own.
 */
const timers = new Map<string, number | null>();
function timerOf(sessionCode: string, scenario: Scenario, storage: Pick<Storage, 'getItem'> | null): number | null {
  if (!timers.has(sessionCode)) {
    if (customScenarioRef(sessionCode)) {
      loadKeptScenarios(storage);
      adoptGameScenario(sessionCode, scenario);
    }
    let minutes: number | null = null;
    try {
      minutes = decodeSessionCode(sessionCode).timerMinutes;
    } catch {
      // A save's code that no longer reads (a newer version's, or its scenario lost): no timer.
    }
    timers.set(sessionCode, minutes);
  }
  return timers.get(sessionCode) ?? null;
}

/** The team bar's ways out, built by the app shell (app.ts). */
export interface TeamBarWays {
  /** Switch team: the workshop's teams on this device (the game on screen stays saved). */
  openWorkshop(): void;
}

export function mountWorkshopTeamBar(
  root: HTMLElement,
  ctx: UiContext,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  ways: TeamBarWays,
): Component {
  const { doc } = ctx;
  const view = doc.defaultView;
  root.hidden = true;
  root.setAttribute('role', 'region');
  root.setAttribute('aria-labelledby', 'workshop-bar-session');

  const who = el(doc, 'p', { class: 'workshop-bar__who' });
  const session = el(doc, 'span', { id: 'workshop-bar-session', class: 'workshop-bar__session' });
  const teamName = el(doc, 'span', { class: 'workshop-bar__team' });
  who.append(session, teamName);
  const timer = el(doc, 'p', { class: 'workshop-bar__timer' });
  const timerLabel = el(doc, 'span', { class: 'workshop-bar__timer-label' });
  const clock = el(doc, 'span', { class: 'workshop-bar__clock', role: 'timer' });
  timer.append(timerLabel, clock);
  const mood = el(doc, 'p', { class: 'workshop-bar__mood' });
  const roles = el(doc, 'details', { class: 'workshop-bar__roles' });
  const rolesSummary = el(doc, 'summary');
  const rolesBody = el(doc, 'div', { class: 'workshop-roles' });
  roles.append(rolesSummary, rolesBody);
  const switchTeam = el(doc, 'button', { type: 'button', class: 'secondary workshop-bar__switch' });
  switchTeam.addEventListener('click', () => ways.openWorkshop());
  root.append(who, timer, mood, switchTeam, roles);

  let deadline: number | null = null;
  let ticking: number | null = null;
  let warned = false;
  let rolesKey = '';
  let chosenRole: string | null = null;

  function tick(): void {
    if (deadline === null) return;
    const left = deadline - Date.now();
    clock.textContent = left > 0 ? formatCountdown(left) : t('Time is up: end the year');
    timer.classList.toggle('workshop-bar__timer--low', left <= 60_000);
    timer.classList.toggle('workshop-bar__timer--up', left <= 0);
    if (left <= 0 && !warned) {
      warned = true;
      ctx.announce(t('Time is up for this year: agree on your decisions and end the year.'));
    }
    if (left <= 0) stopClock();
  }

  function stopClock(): void {
    if (ticking !== null) view?.clearInterval(ticking);
    ticking = null;
  }

  function drawTimer(snapshot: GameSnapshot, minutes: number | null): void {
    const tag = snapshot.context.workshop;
    if (!tag || minutes === null || !snapshot.matches('planning')) {
      setHidden(timer, true);
      deadline = null;
      stopClock();
      return;
    }
    setHidden(timer, false);
    const year = yearsPlayed(snapshot.context) + 1;
    const next = yearDeadline(storage, timerKey(tag.sessionCode, tag.teamName, year), minutes, Date.now());
    if (next !== deadline) {
      deadline = next;
      warned = deadline <= Date.now();
    }
    timerLabel.textContent = t('Time left for this year');
    tick();
    if (ticking === null && deadline > Date.now()) ticking = view?.setInterval(tick, 1000) ?? null;
  }

  function moodText(m: RoleMood): string {
    const reasons = m.reasons.map((r) => t(r.words)).join(', ');
    const why =
      m.why === 'low'
        ? t('{role}: their constituency is unhappy (approval {value} of 100).', {
            role: tr(m.label),
            value: Math.round(m.approval * 100),
          })
        : t('{role}: their constituency is unhappy (approval fell {points} points this year).', {
            role: tr(m.label),
            points: Math.round(-(m.change ?? 0) * 100),
          });
    return reasons ? `${why} ${t('Why: {reasons}.', { reasons })}` : why;
  }

  function drawRoles(snapshot: GameSnapshot): void {
    const tag = snapshot.context.workshop;
    const scenario = snapshot.context.scenario;
    const teamRoles = tag?.roles ?? [];
    if (!tag || !scenario || teamRoles.length === 0) {
      roles.hidden = true;
      mood.hidden = true;
      return;
    }
    roles.hidden = false;
    // The team's approval, split by the roles' constituencies: the unhappiest one is named.
    const moods = selectRoleMoods(snapshot.context).filter((m) => teamRoles.includes(m.role));
    const unhappy = moods.filter((m) => m.unhappy).sort((a, b) => a.approval - b.approval);
    mood.hidden = false;
    mood.classList.toggle('workshop-bar__mood--unhappy', unhappy.length > 0);
    mood.textContent =
      unhappy.length > 0
        ? unhappy.map(moodText).join(' ')
        : moods.length > 0
          ? t('Every role’s constituency is content.')
          : t('Each role’s constituency is judged after the first year.');

    const key = `${scenario.id}|${teamRoles.join(',')}|${scenarioTextsKey()}|${yearsPlayed(snapshot.context)}`;
    rolesSummary.textContent = t('Roles: briefs and concerns');
    if (key === rolesKey) return;
    rolesKey = key;
    // A built-in scenario's roles in the chosen language; a custom scenario's as the game carries them.
    const own = isScenarioId(scenario.id) ? scenarioById(scenario.id) : scenario;
    const shown = scenarioRoles(localized(own)).filter((r) => teamRoles.includes(r.role));
    if (!chosenRole || !shown.some((r) => r.role === chosenRole)) chosenRole = shown[0]?.role ?? null;
    const pickLabel = el(doc, 'label', { for: 'workshop-role-pick' }, t('Role'));
    const pick = el(doc, 'select', { id: 'workshop-role-pick' });
    for (const role of shown) {
      const option = el(doc, 'option', { value: role.role }, tr(ROLE_LABELS[role.role]));
      option.selected = role.role === chosenRole;
      pick.append(option);
    }
    const brief = el(doc, 'div', { class: 'workshop-role', 'aria-live': 'polite' });
    const drawBrief = () => {
      const role = shown.find((r) => r.role === chosenRole);
      if (!role) return brief.replaceChildren();
      const m = moods.find((x) => x.role === role.role);
      const concerns = el(doc, 'ul', { class: 'workshop-role__concerns' });
      for (const c of role.concerns) concerns.append(el(doc, 'li', {}, c));
      brief.replaceChildren(
        el(doc, 'p', { class: 'workshop-role__brief' }, role.brief),
        el(doc, 'p', { class: 'workshop-role__heading' }, t('Your concerns')),
        concerns,
      );
      if (m)
        brief.append(
          el(
            doc,
            'p',
            { class: `workshop-role__approval${m.unhappy ? ' workshop-role__approval--unhappy' : ''}` },
            t('Your constituency’s approval: {value} of 100', { value: Math.round(m.approval * 100) }),
          ),
        );
    };
    pick.addEventListener('change', () => {
      chosenRole = pick.value;
      drawBrief();
    });
    const row = el(doc, 'div', { class: 'workshop-roles__pick' });
    row.append(pickLabel, pick);
    rolesBody.replaceChildren(row, brief);
    drawBrief();
  }

  return {
    update(snapshot) {
      const tag = snapshot.context.workshop;
      const playing = tag !== null && ['planning', 'resolving', 'event', 'report'].includes(String(snapshot.value));
      setHidden(root, !playing);
      if (!playing || !tag) {
        drawTimer(snapshot, null);
        return;
      }
      session.textContent = t('Session {code}', { code: tag.sessionCode });
      teamName.textContent = t('Team {name}', { name: tag.teamName });
      switchTeam.textContent = t('Switch team');
      drawTimer(
        snapshot,
        snapshot.context.scenario ? timerOf(tag.sessionCode, snapshot.context.scenario, storage) : null,
      );
      drawRoles(snapshot);
    },
  };
}
