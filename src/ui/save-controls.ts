// Save controls on the title page (#save-controls): Import save (a button that opens a file
// chooser). An imported game gets a slot of its own (nothing it replaces); a file that cannot be
// loaded gets a message in #save-notice (role=alert) and is kept in the list of saved games as a
// damaged save. The saved games themselves are listed by saved-games.ts.
import type { GameSnapshot } from '../flow';
import { readFileText } from '../platform/files';
import type { App } from './app';
import { el, type Component, type UiContext } from './component';
import { t } from './i18n';
import './save-controls.css';

export function mountSaveControls(root: HTMLElement, ctx: UiContext, app: App): Component {
  const { doc } = ctx;

  const input = el(doc, 'input', {
    type: 'file',
    accept: '.json,application/json',
    id: 'import-save-file',
    'aria-label': t('Saved game file to import'),
    tabindex: '-1',
  });
  input.hidden = true;
  const importButton = el(doc, 'button', { type: 'button', class: 'secondary', id: 'import-save' }, t('Import save'));
  root.replaceChildren(importButton, input);

  importButton.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    importButton.disabled = true;
    readFileText(file)
      .then((text) => {
        const result = app.saves.importText(text, file.name);
        if (!result.ok) {
          app.notice(result.message);
          return;
        }
        app.notice(result.message);
        if (result.key) app.saves.attach(result.key, result.snapshot);
        else app.saves.attachUnsaved(app.saves.lastProblem() ?? 'blocked');
        app.load(result.snapshot);
        ctx.announce(t('Loaded the saved game from {file}.', { file: file.name }));
      })
      .catch((error: unknown) => {
        app.notice(
          t('"{file}" could not be read: {reason}. Your saved games are unchanged.', {
            file: file.name,
            reason: error instanceof Error ? error.message : String(error),
          }),
        );
      })
      .finally(() => {
        importButton.disabled = false;
        // Choosing the same file again must fire "change" again.
        input.value = '';
      });
  });

  return {
    update(_snapshot: GameSnapshot) {
      // Nothing to redraw: the button is always there.
    },
  };
}
