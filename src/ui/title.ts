// The title page: New game, Continue (the game played last), Planner, language. Plain DOM, ready
// before Phaser. The list of saved games under it is saved-games.ts.
import type { GameSnapshot } from '../flow';
import type { App } from './app';
import type { Component, UiContext } from './component';
import { noRoomMessage } from './game-session';
import { LOCALES, currentLocale, setLocale, t } from './i18n';

export function mountTitle(root: HTMLElement, ctx: UiContext, app: App): Component {
  const { doc } = ctx;
  const newGame = root.querySelector<HTMLButtonElement>('#new-game');
  const continueGame = root.querySelector<HTMLButtonElement>('#continue-game');
  const language = root.querySelector<HTMLSelectElement>('#language');

  root.querySelector<HTMLButtonElement>('#open-planner')?.addEventListener('click', () => app.show('planner'));
  root.querySelector<HTMLButtonElement>('#open-workshop')?.addEventListener('click', () => {
    // In the address, so the browser's Back button leaves the workshop's views for the title.
    const view = doc.defaultView;
    if (view) view.location.hash = '#workshop';
    else app.show('workshop');
  });
  newGame?.addEventListener('click', () => {
    // A new game gets a slot of its own; when none is left, the player chooses what to delete first.
    if (!app.saves.hasRoom()) {
      app.notice(noRoomMessage(app.saves.store.maxGames));
      doc.getElementById('saved-games-heading')?.focus();
      return;
    }
    app.notice(null);
    app.show('map');
  });
  continueGame?.addEventListener('click', () => {
    const latest = app.saves.mostRecent();
    if (latest) void app.openSaved(latest.key);
    else app.notice(t('There is no saved game in this browser yet.'));
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
    if (continueGame) continueGame.disabled = app.saves.mostRecent() === null;
  };
  app.saves.onChange(refresh);
  // A game saved or deleted in another tab.
  doc.defaultView?.addEventListener('storage', refresh);

  return {
    update(snapshot: GameSnapshot) {
      if (snapshot.value === 'title') refresh();
    },
  };
}
