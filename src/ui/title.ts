// The title page: New game, Continue (the game played last), Planner, language. Plain DOM, ready
// before Phaser. The list of saved games under it is saved-games.ts.
import type { GameSnapshot } from '../flow';
import type { SaveManager } from '../platform/saves';
import type { Component, UiContext } from './component';
import { noRoomMessage } from './game-session';
import { LOCALES, currentLocale, setLocale, t } from './i18n';

/** The title's ways out, built by the app shell (app.ts): the title knows no other screen. */
export interface TitleWays {
  /** The saved games: Continue opens the latest; a new game needs a free slot. */
  saves: Pick<SaveManager, 'hasRoom' | 'mostRecent' | 'onChange' | 'store'>;
  /** New game: the map of clusters. */
  openMap(): void;
  openPlanner(): void;
  openWorkshop(): void;
  /** Opens a saved game (Continue). */
  openSaved(key: string): Promise<boolean>;
  /** A message on the title (#save-notice); null hides it. */
  notice(message: string | null): void;
  /** Moves focus to the list of saved games (to delete one when there is no room for a new game). */
  focusSavedGames(): void;
}

export interface TitleScreen extends Component {
  /** Moves focus to New game. */
  focus(): void;
}

export function mountTitle(root: HTMLElement, ctx: UiContext, ways: TitleWays): TitleScreen {
  const { doc } = ctx;
  const { saves } = ways;
  const newGame = root.querySelector<HTMLButtonElement>('#new-game');
  const continueGame = root.querySelector<HTMLButtonElement>('#continue-game');
  const language = root.querySelector<HTMLSelectElement>('#language');

  root.querySelector<HTMLButtonElement>('#open-planner')?.addEventListener('click', () => ways.openPlanner());
  root.querySelector<HTMLButtonElement>('#open-workshop')?.addEventListener('click', () => ways.openWorkshop());
  newGame?.addEventListener('click', () => {
    // A new game gets a slot of its own; when none is left, the player chooses what to delete first.
    if (!saves.hasRoom()) {
      ways.notice(noRoomMessage(saves.store.maxGames));
      ways.focusSavedGames();
      return;
    }
    ways.notice(null);
    ways.openMap();
  });
  continueGame?.addEventListener('click', () => {
    const latest = saves.mostRecent();
    if (latest) void ways.openSaved(latest.key);
    else ways.notice(t('There is no saved game in this browser yet.'));
  });

  if (language) {
    language.replaceChildren(
      ...LOCALES.map((l) => {
        const option = doc.createElement('option');
        option.value = l.code;
        option.textContent = l.name;
        return option;
      }),
    );
    language.value = currentLocale();
    language.addEventListener('change', () => {
      setLocale(language.value);
      const dir = LOCALES.find((l) => l.code === language.value)?.dir ?? 'ltr';
      doc.documentElement.lang = language.value;
      doc.documentElement.dir = dir;
    });
  }

  const refresh = () => {
    if (continueGame) continueGame.disabled = saves.mostRecent() === null;
  };
  saves.onChange(refresh);
  // A game saved or deleted in another tab.
  doc.defaultView?.addEventListener('storage', refresh);

  return {
    update(snapshot: GameSnapshot) {
      if (snapshot.value === 'title') refresh();
    },
    focus() {
      newGame?.focus();
    },
  };
}
