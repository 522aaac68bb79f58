// The scenario editor's place in the app shell: the map's "Make your own" button and #editor links
// (a share link too) show the editor screen (#screen-editor in index.html, with its heading and Back
// button). Its code is a separate chunk loaded on first use (lazy-screen.ts); the editor itself lives
// in editor-screen.ts. The way out (play or plan the scenario, back) is passed in by the shell.
import type { Scenario } from '../scenario';
import type { EditorScreen } from './editor-screen';
import { isEditorHash } from '../view/editor-share';
import { t } from './i18n';
import { lazyScreen, wireBack, type LazyScreenHost } from './lazy-screen';

export { isEditorHash };

export interface EditorHostOptions {
  doc: Document;
  storage: Storage | null;
  announce(message: string): void;
  back(): void;
  play(scenario: Scenario): void;
  plan(scenario: Scenario): void;
}

export function mountEditorHost(section: HTMLElement, options: EditorHostOptions): LazyScreenHost<EditorScreen> {
  const { doc } = options;
  const content = section.querySelector<HTMLElement>('#editor-content') ?? section;
  wireBack(section.querySelector<HTMLButtonElement>('#editor-back'), doc, isEditorHash, options.back);
  /** Leaves the editor's address, so a reload does not reopen it over the game or the planner. */
  const leaving = <A extends unknown[]>(go: (...args: A) => void) => (...args: A) => {
    const view = doc.defaultView;
    if (view && isEditorHash(view.location.hash)) {
      try {
        view.history.replaceState(view.history.state, '', `${view.location.pathname}${view.location.search}`);
      } catch {
        // Only a convenience.
      }
    }
    go(...args);
  };
  return lazyScreen({
    doc,
    content,
    name: 'editor',
    loadingText: () => t('Loading the scenario editor…'),
    failedText: () => t('The scenario editor could not be loaded. Check your connection and try again.'),
    retryText: () => t('Retry'),
    load: () =>
      import('./editor-screen').then(({ mountEditorScreen }) =>
        mountEditorScreen({
          doc,
          root: content,
          storage: options.storage,
          announce: options.announce,
          play: leaving(options.play),
          plan: leaving(options.plan),
        }),
      ),
  });
}
