// The workshop screen (loaded on first use by workshop-host.ts): a home view with the way in for a
// facilitator (Set up a session, Open dashboard) and for a team (Join a session, the teams playing
// on this device), and one view per task, chosen by the location hash:
//   #workshop                   home
//   #workshop&setup             session setup             (workshop-facilitator.ts)
//   #workshop&dashboard=CODE    a session's dashboard     (workshop-facilitator.ts)
//   #workshop&join[=CODE]       joining a session         (workshop-team.ts); with
//     &scenario-data=…&check=…  the session's custom scenario (workshop-session-code.ts)
//   #workshop&guide             the facilitator guide     (workshop-guide.ts)
// Each view is mounted the first time it is shown and kept; the screen only routes between them.
import { el } from './component';
import { t } from './i18n';
import {
  mountFacilitatorGuide,
  mountSessionSetup,
  mountWorkshopDashboard,
  type FacilitatorView,
} from './workshop-facilitator';
import { mountJoin, mountTeamsOnDevice, type TeamHooks, type TeamView } from './workshop-team';
import './workshop.css';
import './locales/workshop';

export interface WorkshopScreenOptions {
  doc: Document;
  root: HTMLElement;
  storage: Storage | null;
  announce(message: string): void;
  /** What a team's game needs from the app (starting and resuming team games). */
  team: TeamHooks;
}

export interface WorkshopScreen {
  open(hash: string): void;
  setVisible(visible: boolean): void;
}

/** The view a workshop link asks for. */
export type WorkshopRoute =
  | { view: 'home' }
  | { view: 'setup' }
  | { view: 'dashboard'; code: string }
  /** `hash`: the link's whole hash, when it carries the session's scenario too (scenario-data=…). */
  | { view: 'join'; code: string | null; hash?: string }
  | { view: 'guide' };

export function readWorkshopHash(hash: string): WorkshopRoute {
  const parts = hash.replace(/^#/, '').split('&');
  if (parts[0] !== 'workshop') return { view: 'home' };
  const params = new URLSearchParams(parts.slice(1).join('&'));
  if (params.has('setup')) return { view: 'setup' };
  if (params.has('guide')) return { view: 'guide' };
  const dashboard = params.get('dashboard');
  if (dashboard !== null && dashboard.trim()) return { view: 'dashboard', code: dashboard.trim() };
  if (params.has('join')) {
    const code = params.get('join')?.trim() || null;
    return params.has('scenario-data') ? { view: 'join', code, hash } : { view: 'join', code };
  }
  return { view: 'home' };
}

export function workshopHash(route: WorkshopRoute): string {
  switch (route.view) {
    case 'home':
      return '#workshop';
    case 'setup':
      return '#workshop&setup';
    case 'dashboard':
      return `#workshop&dashboard=${encodeURIComponent(route.code)}`;
    case 'join':
      return route.code ? `#workshop&join=${encodeURIComponent(route.code)}` : '#workshop&join';
    case 'guide':
      return '#workshop&guide';
  }
}

export function mountWorkshopScreen(options: WorkshopScreenOptions): WorkshopScreen {
  const { doc, root } = options;
  const view = doc.defaultView;

  /** Goes to a view and puts its address in the location (a reload or a shared link comes back to it). */
  const go = (route: WorkshopRoute) => {
    const hash = workshopHash(route);
    if (view && view.location.hash !== hash) {
      try {
        view.history.pushState(view.history.state, '', hash);
      } catch {
        // Only a convenience: the view still changes.
      }
    }
    show(route);
  };
  const shared = {
    doc: options.doc,
    storage: options.storage,
    announce: options.announce,
    go,
    pageUrl: () => (view ? view.location.href.replace(/#.*$/s, '') : ''),
  };

  // Home: the two ways in.
  const home = el(doc, 'div', { class: 'workshop-home' });
  const intro = el(doc, 'p', { class: 'workshop-intro' });
  const facilitator = el(doc, 'section', { class: 'workshop-card', 'aria-labelledby': 'workshop-facilitator-heading' });
  const facilitatorHeading = el(doc, 'h3', { id: 'workshop-facilitator-heading' });
  const facilitatorText = el(doc, 'p');
  const setupButton = el(doc, 'button', { type: 'button', class: 'primary' });
  setupButton.addEventListener('click', () => go({ view: 'setup' }));
  const dashboardForm = el(doc, 'form', { class: 'workshop-open-dashboard' });
  const dashboardLabel = el(doc, 'label', { for: 'workshop-dashboard-code' });
  const dashboardCode = el(doc, 'input', {
    id: 'workshop-dashboard-code',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    autocapitalize: 'characters',
  });
  const dashboardButton = el(doc, 'button', { type: 'submit', class: 'secondary' });
  dashboardForm.append(dashboardLabel, dashboardCode, dashboardButton);
  dashboardForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = dashboardCode.value.trim();
    if (code) go({ view: 'dashboard', code });
    else dashboardCode.focus();
  });
  // The guide is drawn inside the app (workshop-guide.ts): it works offline and in the single file.
  const guide = el(doc, 'a', { class: 'workshop-guide-link', href: '#workshop&guide' });
  guide.addEventListener('click', (event) => {
    event.preventDefault();
    go({ view: 'guide' });
  });
  facilitator.append(facilitatorHeading, facilitatorText, setupButton, dashboardForm, guide);

  const team = el(doc, 'section', { class: 'workshop-card', 'aria-labelledby': 'workshop-team-heading' });
  const teamHeading = el(doc, 'h3', { id: 'workshop-team-heading' });
  const teamText = el(doc, 'p');
  const joinButton = el(doc, 'button', { type: 'button', class: 'primary' });
  joinButton.addEventListener('click', () => go({ view: 'join', code: null }));
  const onDevice = el(doc, 'div', { class: 'workshop-teams-on-device' });
  team.append(teamHeading, teamText, joinButton, onDevice);
  home.append(intro, el(doc, 'div', { class: 'workshop-cards' }));
  home.lastElementChild?.append(facilitator, team);
  const teamsOnDevice = mountTeamsOnDevice(onDevice, { ...shared, team: options.team });

  const label = () => {
    intro.textContent = t(
      'Run a session for several teams with no server and no accounts: every team plays the same cluster under the same luck, hands in a short result code, and the facilitator replays and compares them.',
    );
    facilitatorHeading.textContent = t('Facilitator');
    facilitatorText.textContent = t(
      'Choose the cluster and the rules, give the teams the session code, then collect their results on the dashboard.',
    );
    setupButton.textContent = t('Set up a session');
    dashboardLabel.textContent = t('Session code');
    dashboardButton.textContent = t('Open dashboard');
    guide.textContent = t('Facilitator guide');
    teamHeading.textContent = t('Team');
    teamText.textContent = t('Type the session code the facilitator gives you, or open the join link.');
    joinButton.textContent = t('Join a session');
  };

  // Each view mounts the first time it is shown.
  const views = new Map<string, { node: HTMLElement; handle: FacilitatorView | TeamView | null }>();
  views.set('home', { node: home, handle: null });
  root.replaceChildren(home);

  function viewFor(route: WorkshopRoute): HTMLElement {
    if (route.view === 'home') return home;
    const known = views.get(route.view);
    if (known) {
      known.handle?.open(route);
      return known.node;
    }
    const node = el(doc, 'div', { class: `workshop-view workshop-view--${route.view}` });
    const handle =
      route.view === 'setup'
        ? mountSessionSetup(node, shared)
        : route.view === 'dashboard'
          ? mountWorkshopDashboard(node, shared)
          : route.view === 'guide'
            ? mountFacilitatorGuide(node, shared)
            : mountJoin(node, { ...shared, team: options.team });
    views.set(route.view, { node, handle });
    root.append(node);
    handle.open(route);
    return node;
  }

  function show(route: WorkshopRoute): void {
    label();
    const current = viewFor(route);
    for (const { node } of views.values()) node.hidden = node !== current;
    if (route.view === 'home') teamsOnDevice.refresh();
  }

  return {
    open(hash) {
      show(readWorkshopHash(hash));
    },
    setVisible(visible) {
      if (visible) label();
    },
  };
}
