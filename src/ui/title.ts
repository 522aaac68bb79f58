// The title page: New game, Continue (when a save exists), Planner, language. Plain DOM, ready before Phaser.
import type { GameSnapshot } from '../flow';
import type { App } from './app';
import type { Component, UiContext } from './component';
import { LOCALES, currentLocale, setLocale, t } from './i18n';

export function mountTitle(root: HTMLElement, ctx: UiContext, app: App): Component {
  const { doc } = ctx;
  const newGame = root.querySelector<HTMLButtonElement>('#new-game');
  const continueGame = root.querySelector<HTMLButtonElement>('#continue-game');
  const language = root.querySelector<HTMLSelectElement>('#language');
  const notice = doc.getElementById('save-notice');

  newGame?.addEventListener('click', () => app.show('map'));
  root.querySelector<HTMLButtonElement>('#open-planner')?.addEventListener('click', () => app.show('planner'));
  continueGame?.addEventListener('click', () => {
    const result = app.saves.loadLatest();
    if (result?.ok) {
      app.load(result.snapshot);
      return;
    }
    if (notice) {
      notice.hidden = false;
      notice.textContent = result ? result.message : t('There is no saved game in this browser yet.');
    }
    continueGame.disabled = !app.saves.hasSave();
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

  return {
    update(snapshot: GameSnapshot) {
      if (snapshot.value === 'title' && continueGame) continueGame.disabled = !app.saves.hasSave();
    },
  };
}
