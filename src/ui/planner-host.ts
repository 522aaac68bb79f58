// The planner's place in the app shell: the title's Planner button and #planner links show the
// planner screen (#screen-planner in index.html, with its heading and Back button). Its code (the
// screen, the plan model, share links, lz-string) is a separate chunk loaded on first use
// (lazy-screen.ts). Kept small on purpose: the planner itself lives in planner-screen.ts.
import type { PlannerScreen } from './planner-screen';
import { t } from './i18n';
import { lazyScreen, wireBack, type LazyScreenHost } from './lazy-screen';

/** Whether a location hash opens the planner ("#planner", "#planner&scenario=…", a share link). */
export function isPlannerHash(hash: string): boolean {
  return /^#?planner(&|$)/.test(hash);
}

export interface PlannerHostOptions {
  doc: Document;
  storage: Storage | null;
  announce(message: string): void;
  /** Back to the title. */
  back(): void;
}

export type PlannerHost = LazyScreenHost<PlannerScreen>;

export function mountPlannerHost(section: HTMLElement, options: PlannerHostOptions): PlannerHost {
  const { doc } = options;
  const content = section.querySelector<HTMLElement>('#planner-content') ?? section;
  wireBack(section.querySelector<HTMLButtonElement>('#planner-back'), doc, isPlannerHash, options.back);
  return lazyScreen({
    doc,
    content,
    name: 'planner',
    loadingText: () => t('Loading the planner…'),
    failedText: () => t('The planner could not be loaded. Check your connection and try again.'),
    retryText: () => t('Retry'),
    load: () =>
      import('./planner-screen').then(({ mountPlannerScreen }) =>
        mountPlannerScreen({ doc, root: content, storage: options.storage, announce: options.announce }),
      ),
  });
}
