// The app shell: one game actor, one snapshot stream, and the screens that draw it. It is the only
// router: each screen is handed its ways out (its own small `...Ways` interface) from here and knows
// no other screen; nothing but main.ts imports this file (lint enforces it).
// The machine decides the phase; the shell only adds what the machine does not know about
// (the title page versus the map, before a game starts) and says where the Phaser stage goes on
// the screens that show it (stage-host.ts loads and draws it).
import { onLanguageApplied } from './locales';
import { createActor, type Actor } from 'xstate';
import { gameMachine, yearsPlayed, type GameEvent, type GameSnapshot } from '../flow';
import { registerCustomScenario, scenarioById, setStoredScenarioSource, type Scenario } from '../scenario';
import { readStoredScenarios } from '../platform/scenario-store';
import type { StartStage } from '../view/stage';
import { el, setHidden, type Component, type UiContext } from './component';
import { mountTitle } from './title';
import { mountMapScreen } from './map-screen';
import { mountBriefing } from './briefing';
import { mountHud } from './hud';
import { mountBudgetPanel } from './budget-panel';
import { mountEventDialog } from './event-dialog';
import { mountYearReport } from './year-report';
import { mountDebrief } from './debrief';
import { mountTutorial } from './tutorial';
import { mountSaveControls } from './save-controls';
import { mountGameMenu } from './game-menu';
import { warmUpWhilePlanning } from './warm-up';
import { afterPaint } from '../platform/after-paint';
import { currentLocale, t } from './i18n';
import { loadScenarioTexts, onScenarioTexts } from './scenario-texts';
import { createSaveManager, type SaveManager } from '../platform/saves';
import { browserTabLocks } from '../platform/game-lock';
import { newSeed } from '../platform/seed';
import { createGameSession, type GameSession } from './game-session';
import { mountStageHost, type StagePlace } from './stage-host';
import { mountSavedGames } from './saved-games';
import { isPlannerHash, mountPlannerHost, type PlayPlanRequest } from './planner-host';
import { isWorkshopHash, mountWorkshopHost } from './workshop-host';
import { isEditorHash, mountEditorHost } from './editor-host';
import type { TeamHooks } from './workshop-team';
import { mountWorkshopTeamBar } from './workshop-team-bar';
import { noRoomMessage } from './game-session';

export type Screen = 'title' | 'map' | 'briefing' | 'play' | 'debrief' | 'planner' | 'workshop' | 'editor';

export interface AppOptions {
  doc: Document;
  storage: Storage;
  /** This tab's own memory (sessionStorage): which saved game it has open, for a reload. */
  session?: Storage | null;
  startStage: StartStage;
}

export interface App {
  actor: Actor<typeof gameMachine>;
  show(screen: PreGame): void;
  /** Starts a new game on a scenario (from the map or the list). */
  startScenario(id: string): void;
  /** Replaces the running game with one restored from a snapshot (Continue, import). */
  load(snapshot: GameSnapshot): void;
  /** Ends the running game without writing it again, and shows the title. */
  closeGame(): void;
  /** Opens a saved game in this tab (asks when another tab has it); resolves true when it is open. */
  openSaved(key: string): Promise<boolean>;
  /** A message on the title (#save-notice, an alert); null hides it. */
  notice(message: string | null): void;
  saves: SaveManager;
}

/** Screens shown while no game is running (the machine is at its title state). */
type PreGame = 'title' | 'map' | 'planner' | 'workshop' | 'editor';

function screenFor(snapshot: GameSnapshot, preGame: PreGame): Screen {
  switch (snapshot.value) {
    case 'title':
      return preGame;
    case 'briefing':
      return 'briefing';
    case 'debrief':
      return 'debrief';
    default:
      return 'play';
  }
}

/** The screens that show the Phaser stage: where it goes, and what it draws there (stage-host.ts). */
const STAGE_PLACES: Partial<Record<Screen, StagePlace>> = {
  map: { slot: 'map-stage-slot', show: 'map' },
  briefing: { slot: 'briefing-stage-slot', show: 'town' },
  play: { slot: 'town-stage-slot', show: 'town' },
};

export function startApp(options: AppOptions): App {
  const { doc } = options;
  const byId = <T extends HTMLElement>(id: string): T => {
    const node = doc.getElementById(id);
    if (!node) throw new Error(`missing #${id} in index.html`);
    return node as T;
  };
  const reducedMotionQuery = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)');
  const announcer = byId('announcer');
  const view = doc.defaultView;
  const saves = createSaveManager(options.storage, {
    translate: t,
    session: options.session ?? null,
    ...(view ? { locks: browserTabLocks(view, options.storage) } : {}),
  });
  // Scenarios saved in the editor are known by id after a reload: read (and each validated) only
  // when an id that is not built-in is asked for (the planner, a plan link), never for the first paint.
  setStoredScenarioSource(() => readStoredScenarios(options.storage).entries);
  const saveNotice = doc.getElementById('save-notice');
  let session: GameSession | null = null;

  let actor = createActor(gameMachine).start();
  let preGame: PreGame = 'title';
  let currentScreen: Screen | null = null;

  const ctx: UiContext = {
    doc,
    send: (event: GameEvent) => actor.send(event),
    snapshot: () => actor.getSnapshot(),
    announce: (message: string) => {
      // Clear first so the same message twice is still read out.
      announcer.textContent = '';
      doc.defaultView?.setTimeout(() => (announcer.textContent = message), 50);
    },
    reducedMotion: () => reducedMotionQuery?.matches ?? false,
  };
  // The town and map (Phaser), loaded when a screen first shows them; drawn again once loaded.
  const stage = mountStageHost(doc, {
    host: byId('stage'),
    startStage: options.startStage,
    reducedMotion: ctx.reducedMotion,
    loaded: () => render(actor.getSnapshot()),
  });

  // The router: these are the only ways from one screen to another. Each screen is handed the few
  // it needs (its own `...Ways` interface) and knows no other screen.
  /** Shows a screen of the title state (no game running). */
  function show(screen: PreGame): void {
    preGame = screen;
    render(actor.getSnapshot());
  }
  /** Starts a new game on a scenario (from the map or the list). */
  function startScenario(id: string): void {
    preGame = 'map';
    actor.send({ type: 'START', scenario: scenarioById(id), seed: newSeed() });
  }
  /** Replaces the running game with one restored from a snapshot (Continue, import). */
  function load(snapshot: GameSnapshot): void {
    replaceActor(snapshot);
  }
  /** Ends the running game without writing it again, and shows the title. */
  function closeGame(): void {
    saves.detach();
    preGame = 'title';
    replaceActor(null);
  }
  /** Opens a saved game in this tab (asks when another tab has it); resolves true when it is open. */
  function openSaved(key: string): Promise<boolean> {
    return session?.openSaved(key) ?? Promise.resolve(false);
  }
  /** A message on the title (#save-notice, an alert); null hides it. */
  function notice(message: string | null): void {
    if (!saveNotice) return;
    saveNotice.textContent = message ?? '';
    saveNotice.hidden = message === null;
  }
  /** The workshop by its address, so the browser's Back button leaves the workshop's views for the title. */
  function toWorkshop(): void {
    if (view) view.location.hash = '#workshop';
    else show('workshop');
  }

  const title = mountTitle(byId('screen-title'), ctx, {
    saves,
    openMap: () => show('map'),
    openPlanner: () => show('planner'),
    openWorkshop: toWorkshop,
    openSaved,
    notice,
    focusSavedGames: () => savedGames.focus(),
  });
  const mapScreen = mountMapScreen(byId('screen-map'), ctx, {
    back: () => show('title'),
    startScenario,
    openEditor: () => show('editor'),
  });
  // Mounted in this order (each screen adds its own elements), updated in the same order.
  const components: Component[] = [
    title,
    mapScreen,
    mountBriefing(byId('briefing'), ctx),
    mountHud(byId('hud'), ctx),
    mountBudgetPanel(byId('budget-panel'), ctx),
    mountEventDialog(byId<HTMLDialogElement>('event-dialog'), ctx),
    mountYearReport(byId('year-report'), ctx, { showTutorial: () => tutorial.restart() }),
    mountDebrief(byId('debrief'), ctx, { show }),
  ];
  const tutorial = mountTutorial(ctx, options.storage);
  const saveControls = mountSaveControls(byId('save-controls'), ctx, { saves, load, notice });
  const savedGames = mountSavedGames(byId('saved-games'), ctx, {
    saves,
    openSaved,
    notice,
    focusAfterList: () => title.focus(),
  });
  const gameMenu = mountGameMenu(byId('game-menu'), ctx, { saves, toTitle: () => show('title') });
  components.push(tutorial, saveControls, savedGames, gameMenu);
  // The planner is its own screen, with its code loaded on first use (planner-host.ts).
  const planner = mountPlannerHost(byId('screen-planner'), {
    doc,
    storage: options.storage,
    announce: ctx.announce,
    back: () => show('title'),
    play: (request) => playPlan(request),
  });
  // A workshop team's game: its session, team, timer and roles above the HUD (workshop-team-bar.ts).
  const playScreen = byId('screen-play');
  const teamBar = el(doc, 'div', { class: 'workshop-team-bar' });
  playScreen.querySelector('.play-top')?.before(teamBar);
  components.push(mountWorkshopTeamBar(teamBar, ctx, options.storage, { openWorkshop: toWorkshop }));
  /** Takes the workshop's address out of the location, so a reload resumes the team's game. */
  const leaveWorkshopAddress = () => {
    try {
      if (view && isWorkshopHash(view.location.hash))
        view.history.replaceState(view.history.state, '', view.location.href.replace(/#.*$/s, ''));
    } catch {
      // Only a convenience: a reload then shows the workshop again.
    }
  };
  // What a team's game needs (workshop-team.ts): start one under the session's settings, list and resume them.
  const team: TeamHooks = {
    startTeamGame(start) {
      if (!saves.hasRoom()) return noRoomMessage(saves.store.maxGames);
      closeGameSaved();
      leaveWorkshopAddress();
      preGame = 'workshop';
      actor.send({ type: 'START', ...start });
      return null;
    },
    teamGames: () => saves.list().flatMap((entry) => (entry.kind === 'game' && entry.summary.workshop ? [entry] : [])),
    async continueTeamGame(key) {
      const opened = await openSaved(key);
      if (opened) leaveWorkshopAddress();
      return opened;
    },
  };
  // The workshop too (workshop-host.ts): session setup, the dashboard, and teams joining.
  const workshop = mountWorkshopHost(byId('screen-workshop'), {
    doc,
    storage: options.storage,
    announce: ctx.announce,
    team,
    back: () => show('title'),
  });

  /** Leaves the game on screen, if any, saved: for a new game or another screen. */
  function closeGameSaved(): void {
    const current = actor.getSnapshot();
    if (current.matches('title')) return;
    saves.flush(current);
    closeGame();
  }

  // The scenario editor (editor-host.ts): a scenario of the instructor's own, played or planned at once.
  const editor = mountEditorHost(byId('screen-editor'), {
    doc,
    storage: options.storage,
    announce: ctx.announce,
    back: () => show('map'),
    play: (scenario) => playCustom(scenario),
    plan: (scenario) => {
      // Known by id for the planner's lookups, for this page's life.
      registerCustomScenario(scenario);
      if (openPlanner('#planner')) planner.openScenario(scenario);
    },
  });
  function playCustom(scenario: Scenario): void {
    closeGameSaved();
    preGame = 'map';
    actor.send({ type: 'START', scenario, seed: newSeed() });
  }

  // Play this plan (the planner): a new game on the plan's scenario, seed and horizon; at the start
  // of each year the budget panel is filled in with the plan's decisions for that year, once (the
  // player may still change them before ending the year).
  let planToPlay: { decisions: PlayPlanRequest['decisions']; filled: number } | null = null;
  function playPlan(request: PlayPlanRequest): void {
    closeGameSaved();
    preGame = 'map';
    planToPlay = { decisions: request.decisions, filled: 0 };
    actor.send({
      type: 'START',
      scenario: scenarioById(request.scenarioId),
      seed: request.seed,
      termYears: request.years,
      ...(request.budgetUsdM !== undefined ? { budgetUsdM: request.budgetUsdM } : {}),
    });
  }
  function fillPlannedYear(snapshot: GameSnapshot): void {
    if (!planToPlay || !snapshot.matches('planning')) return;
    const year = yearsPlayed(snapshot.context) + 1;
    if (year <= planToPlay.filled) return;
    planToPlay.filled = year;
    const decisions = planToPlay.decisions[Math.min(year, planToPlay.decisions.length) - 1];
    const target = actor;
    // After this snapshot has been drawn, not from inside the actor's notification.
    if (decisions) queueMicrotask(() => target === actor && target.send({ type: 'SET_DECISIONS', decisions }));
  }

  function showScreen(screen: Screen): void {
    for (const name of ['title', 'map', 'briefing', 'play', 'debrief', 'planner', 'workshop', 'editor'] as const) {
      setHidden(byId(`screen-${name}`), name !== screen);
    }
    if (screen !== currentScreen) {
      currentScreen = screen;
      // A new screen opens at its top (its title and first action), not where the last one was scrolled to.
      doc.defaultView?.scrollTo({ top: 0, left: 0, behavior: 'instant' });
      // Move keyboard focus to the new screen's heading, so screen-reader users know where they are.
      const heading = byId(`screen-${screen}`).querySelector<HTMLElement>('h1, h2');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
    }
  }

  function render(snapshot: GameSnapshot): void {
    const screen = screenFor(snapshot, preGame);
    showScreen(screen);
    if (screen === 'planner') planner.show(null);
    else planner.hide();
    if (screen === 'workshop') workshop.show(null);
    else workshop.hide();
    if (screen === 'editor') editor.show(null);
    else editor.hide();
    for (const component of components) component.update(snapshot);
    stage.draw(STAGE_PLACES[screen] ?? null, snapshot);
    warmUpWhilePlanning(snapshot, window);
  }

  /** A new game actor: restored from a snapshot, or a fresh one on the title. */
  function replaceActor(snapshot: GameSnapshot | null): void {
    // Unsubscribed first: the old game stopping is not a snapshot to save.
    unsubscribe?.();
    planToPlay = null;
    actor.stop();
    actor = (snapshot ? createActor(gameMachine, { snapshot }) : createActor(gameMachine)).start();
    subscribe();
    render(actor.getSnapshot());
  }

  let unsubscribe: (() => void) | null = null;
  // The autosave (serialising the whole run) waits until the screen has answered the player, one
  // frame at most; every snapshot is still saved, in order, and leaving the page flushes the game.
  let pendingAutosave: GameSnapshot | null = null;
  const autosavePending = (): void => {
    const snapshot = pendingAutosave;
    pendingAutosave = null;
    if (snapshot) saves.autosave(snapshot);
  };
  function subscribe(): void {
    unsubscribe?.();
    const subscription = actor.subscribe((snapshot) => {
      autosavePending();
      pendingAutosave = snapshot;
      afterPaint(window, autosavePending);
      render(snapshot);
      fillPlannedYear(snapshot);
    });
    unsubscribe = () => {
      autosavePending();
      subscription.unsubscribe();
    };
  }

  subscribe();
  /**
   * A link for a screen of its own (the planner, the workshop's views, the scenario editor, each
   * lazily loaded) opens that screen; the game on screen, if any, stays saved.
   */
  const screenLink =
    (screen: 'planner' | 'workshop' | 'editor', matches: (hash: string) => boolean, host: { show(hash: string | null): void }) =>
    (hash: string): boolean => {
      if (!matches(hash)) return false;
      closeGameSaved();
      preGame = screen;
      host.show(hash);
      render(actor.getSnapshot());
      return true;
    };
  const openPlanner = screenLink('planner', isPlannerHash, planner);
  const openWorkshop = screenLink('workshop', isWorkshopHash, workshop);
  const openEditor = screenLink('editor', isEditorHash, editor);
  /** A link for another screen than the game's: the planner, the workshop or the editor. */
  const openScreenLink = (hash: string): boolean => openPlanner(hash) || openWorkshop(hash) || openEditor(hash);
  // A link starts a new game (the one on screen stays saved); a reload resumes this tab's game.
  session = createGameSession(
    {
      saves,
      load,
      closeGame,
      beforeLink: () => {
        preGame = 'map';
      },
      notice,
    },
    ctx,
  );
  const startHash = view?.location.hash ?? '';
  if (!openScreenLink(startHash)) session.start(startHash);
  view?.addEventListener('hashchange', () => {
    const hash = view.location.hash;
    if (openScreenLink(hash)) return;
    // Back from a planner or workshop address to the page's own: the title.
    if ((hash === '' || hash === '#') && preGame !== 'title' && actor.getSnapshot().matches('title')) show('title');
    else session?.followLink(hash);
  });
  // Scenario texts in the chosen language: fetched at start and when a language chosen in the menu
  // has loaded and been applied; every screen redraws when they arrive.
  onScenarioTexts(() => render(actor.getSnapshot()));
  void loadScenarioTexts(currentLocale());
  onLanguageApplied((code) => {
    void loadScenarioTexts(code);
    render(actor.getSnapshot());
  });
  reducedMotionQuery?.addEventListener?.('change', () => stage.setReducedMotion(ctx.reducedMotion()));
  render(actor.getSnapshot());
  return {
    get actor() {
      return actor;
    },
    show,
    startScenario,
    load,
    closeGame,
    openSaved,
    notice,
    saves,
  };
}
