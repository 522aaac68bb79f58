// The planner's place in the app shell: the title's Planner button and #planner links show the
// planner screen (#screen-planner in index.html, with its heading and Back button). Its code (the
// screen, the plan model, share links, lz-string) is a separate chunk loaded on first use
// (lazy-screen.ts). Kept small on purpose: the planner itself lives in planner-screen.ts.
import type { Decisions } from '../model';
import type { Scenario } from '../scenario';
import type { PlannerScreen } from './planner-screen';
import { t } from './i18n';
import { lazyScreen, wireBack, type LazyScreenHost } from './lazy-screen';

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

export interface PlannerHost extends LazyScreenHost<PlannerScreen> {
  /** Opens the planner on a scenario made in the editor (registered with registerCustomScenario). */
  openScenario(scenario: Scenario): void;
}

export function mountPlannerHost(section: HTMLElement, options: PlannerHostOptions): PlannerHost {
  const { doc } = options;
  const content = section.querySelector<HTMLElement>('#planner-content') ?? section;
  wireBack(section.querySelector<HTMLButtonElement>('#planner-back'), doc, isPlannerHash, options.back);

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

  const host = lazyScreen({
    doc,
    content,
    name: 'planner',
    loadingText: () => t('Loading the planner…'),
    failedText: () => t('The planner could not be loaded. Check your connection and try again.'),
    retryText: () => t('Retry'),
    load: () =>
      import('./planner-screen').then(({ mountPlannerScreen }) =>
        mountPlannerScreen({
          doc,
          root: content,
          storage: options.storage,
          announce: options.announce,
          ...(options.play ? { play } : {}),
        }),
      ),
  });
  return { ...host, openScenario: (scenario) => void host.loaded().then((screen) => screen?.openScenario(scenario)) };
}
