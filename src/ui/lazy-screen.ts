// A screen whose code is a separate chunk, loaded the first time it is shown (the planner, the
// workshop), so the title page stays light. While it loads, the screen says so; a failed download
// says so too and offers Retry. A link that arrives before the code is kept and opened once it is.

/** What a lazily loaded screen offers its host. */
export interface LoadedScreen {
  /** Opens a link (a location hash) in the screen. */
  open(hash: string): void;
  setVisible(visible: boolean): void;
}

export interface LazyScreenOptions<S extends LoadedScreen> {
  doc: Document;
  /** Where the screen mounts (and where the loading message shows). */
  content: HTMLElement;
  /** Set on <html> as data-NAME="ready" once loaded, for tests and tools. */
  name: string;
  loadingText(): string;
  failedText(): string;
  retryText(): string;
  /** Downloads the code and mounts the screen in `content`. */
  load(): Promise<S>;
}

export interface LazyScreenHost<S extends LoadedScreen> {
  /** Shows the screen; `hash` (a link) is opened in it, null keeps what is on screen. */
  show(hash: string | null): void;
  hide(): void;
  /** The mounted screen, once loaded. */
  screen(): S | null;
  /** Loads the screen (if it is not yet) and resolves with it (null if its code could not be loaded). */
  loaded(): Promise<S | null>;
}

export function lazyScreen<S extends LoadedScreen>(options: LazyScreenOptions<S>): LazyScreenHost<S> {
  const { doc, content } = options;
  let screen: S | null = null;
  let loading: Promise<S | null> | null = null;
  let pendingHash: string | null = null;
  let shown = false;

  const status = doc.createElement('p');
  status.className = 'lazy-screen-status';
  status.setAttribute('role', 'status');
  const retry = doc.createElement('button');
  retry.type = 'button';
  retry.className = 'secondary';
  retry.hidden = true;
  retry.addEventListener('click', () => {
    retry.hidden = true;
    void load();
  });

  function load(): Promise<S | null> {
    if (screen) return Promise.resolve(screen);
    status.textContent = options.loadingText();
    retry.textContent = options.retryText();
    if (!content.contains(status)) content.append(status, retry);
    loading ??= options.load().then(
      (mounted) => {
        screen = mounted;
        status.remove();
        retry.remove();
        doc.documentElement.dataset[options.name] = 'ready';
        if (pendingHash !== null) mounted.open(pendingHash);
        pendingHash = null;
        mounted.setVisible(shown);
        return mounted;
      },
      () => {
        loading = null;
        status.textContent = options.failedText();
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
    loaded: () => load(),
  };
}

/** A Back button that leaves the screen's address (so a reload opens the title), then goes back. */
export function wireBack(
  button: HTMLButtonElement | null,
  doc: Document,
  ownsHash: (hash: string) => boolean,
  back: () => void,
): void {
  button?.addEventListener('click', () => {
    const view = doc.defaultView;
    if (view && ownsHash(view.location.hash)) {
      try {
        view.history.replaceState(view.history.state, '', `${view.location.pathname}${view.location.search}`);
      } catch {
        // Only a convenience.
      }
    }
    back();
  });
}
