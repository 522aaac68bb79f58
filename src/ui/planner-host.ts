// The planner's place in the app shell: the title's Planner button and #planner links show the
// planner screen (#screen-planner in index.html, with its heading and Back button). Its code (the
// screen, the plan model, share links, lz-string) is a separate chunk loaded on first use, so the
// title page stays light; a failed download says so and offers Retry. Kept small on purpose: the
// planner itself lives in planner-screen.ts.
import type { Decisions } from '../model';
import type { PlannerScreen } from './planner-screen';
import { t } from './i18n';

/** Whether a location hash opens the planner ("#planner", "#planner&scenario=…", a share link). */
export function isPlannerHash(hash: string): boolean {
  return /^#?planner(&|$)/.test(hash);
}

/** Play this plan: a game on the plan's scenario and seed, each year's budget filled in from the plan. */
export interface PlayPlanRequest {
  scenarioId: string;
  seed: number;
  /** The term (the plan's horizon). */
  years: number;
  budgetUsdM?: number;
  /** decisions[k - 1] fills in year k's budget panel. */
  decisions: Decisions[];
}

export interface PlannerHostOptions {
  doc: Document;
  storage: Storage | null;
  announce(message: string): void;
  /** Back to the title. */
  back(): void;
  /** Starts the game on a plan (Play this plan). */
  play?(request: PlayPlanRequest): void;
}

export interface PlannerHost {
  /** Shows the planner; `hash` (a planner link) is opened in it, null keeps the plan on screen. */
  show(hash: string | null): void;
  hide(): void;
  /** The mounted screen, once loaded (for tools and tests). */
  screen(): PlannerScreen | null;
}

export function mountPlannerHost(section: HTMLElement, options: PlannerHostOptions): PlannerHost {
  const { doc } = options;
  const content = section.querySelector<HTMLElement>('#planner-content') ?? section;
  const back = section.querySelector<HTMLButtonElement>('#planner-back');
  back?.addEventListener('click', () => {
    const view = doc.defaultView;
    // Leave the planner's address, so a reload opens the title.
    if (view && isPlannerHash(view.location.hash)) {
      try {
        view.history.replaceState(view.history.state, '', `${view.location.pathname}${view.location.search}`);
      } catch {
        // Only a convenience.
      }
    }
    options.back();
  });

  let screen: PlannerScreen | null = null;
  let loading: Promise<PlannerScreen | null> | null = null;
  let pendingHash: string | null = null;
  let shown = false;

  const status = doc.createElement('p');
  status.className = 'planner-loading';
  status.setAttribute('role', 'status');
  const retry = doc.createElement('button');
  retry.type = 'button';
  retry.className = 'secondary';
  retry.hidden = true;
  retry.addEventListener('click', () => {
    retry.hidden = true;
    void load();
  });

  /** Leaves the planner's address (so a reload does not reopen it) and hands the plan to the game. */
  function play(request: PlayPlanRequest): void {
    const view = doc.defaultView;
    if (view && isPlannerHash(view.location.hash)) {
      try {
        view.history.replaceState(view.history.state, '', `${view.location.pathname}${view.location.search}`);
      } catch {
        // Only a convenience.
      }
    }
    options.play?.(request);
  }

  function load(): Promise<PlannerScreen | null> {
    if (screen) return Promise.resolve(screen);
    status.textContent = t('Loading the planner…');
    retry.textContent = t('Retry');
    if (!content.contains(status)) content.append(status, retry);
    loading ??= import('./planner-screen').then(
      ({ mountPlannerScreen }) => {
        screen = mountPlannerScreen({
          doc,
          root: content,
          storage: options.storage,
          announce: options.announce,
          ...(options.play ? { play: (request: PlayPlanRequest) => play(request) } : {}),
        });
        doc.documentElement.dataset.planner = 'ready';
        if (pendingHash !== null) screen.open(pendingHash);
        pendingHash = null;
        screen.setVisible(shown);
        return screen;
      },
      () => {
        loading = null;
        status.textContent = t('The planner could not be loaded. Check your connection and try again.');
        retry.hidden = false;
        return null;
      },
    );
    return loading;
  }

  return {
    show(hash) {
      shown = true;
      if (screen) {
        screen.setVisible(true);
        if (hash !== null) screen.open(hash);
        return;
      }
      if (hash !== null) pendingHash = hash;
      void load();
    },
    hide() {
      shown = false;
      screen?.setVisible(false);
    },
    screen: () => screen,
  };
}
