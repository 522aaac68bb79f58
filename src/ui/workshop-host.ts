// The workshop's place in the app shell: the title's Workshop button and #workshop links (a join
// link, a dashboard link) show the workshop screen (#screen-workshop in index.html). Its code is a
// separate chunk loaded on first use (lazy-screen.ts); the screen itself is workshop-screen.ts.
import { t } from './i18n';
import { lazyScreen, wireBack, type LazyScreenHost } from './lazy-screen';
import type { WorkshopScreen, WorkshopScreenOptions } from './workshop-screen';

/** Whether a location hash opens the workshop ("#workshop", "#workshop&join=…", "#workshop&dashboard=…"). */
export function isWorkshopHash(hash: string): boolean {
  return /^#?workshop(&|$)/.test(hash);
}

export type WorkshopHostOptions = Omit<WorkshopScreenOptions, 'root'> & {
  /** Back to the title. */
  back(): void;
};

export type WorkshopHost = LazyScreenHost<WorkshopScreen>;

export function mountWorkshopHost(section: HTMLElement, options: WorkshopHostOptions): WorkshopHost {
  const { doc } = options;
  const content = section.querySelector<HTMLElement>('#workshop-content') ?? section;
  wireBack(section.querySelector<HTMLButtonElement>('#workshop-back'), doc, isWorkshopHash, options.back);
  return lazyScreen({
    doc,
    content,
    name: 'workshop',
    loadingText: () => t('Loading the workshop…'),
    failedText: () => t('The workshop could not be loaded. Check your connection and try again.'),
    retryText: () => t('Retry'),
    load: () =>
      import('./workshop-screen').then(({ mountWorkshopScreen }) => mountWorkshopScreen({ ...options, root: content })),
  });
}
