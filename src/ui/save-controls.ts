// Save controls on the title page (#save-controls): Import save (a button that opens a file
// chooser). An imported game gets a slot of its own (nothing it replaces); a file that cannot be
// loaded gets a message in #save-notice (role=alert) and is kept in the list of saved games as a
// damaged save. The saved games themselves are listed by saved-games.ts.
import type { GameSnapshot } from '../flow';
import { readFileText } from '../platform/files';
import type { SaveManager } from '../platform/saves';
import { el, type Component, type UiContext } from './component';
import { t } from './i18n';
import './save-controls.css';

/** Import's ways out, built by the app shell (app.ts). */
export interface SaveControlsWays {
  /** Where an imported game is kept (a slot of its own, or a damaged save). */
  saves: Pick<SaveManager, 'importText' | 'attach' | 'attachUnsaved' | 'lastProblem'>;
  /** Replaces the running game with the imported one. */
  load(snapshot: GameSnapshot): void;
  /** A message on the title (#save-notice); null hides it. */
  notice(message: string | null): void;
}

export function mountSaveControls(root: HTMLElement, ctx: UiContext, ways: SaveControlsWays): Component {
  const { doc } = ctx;
  const { saves } = ways;

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
        const result = saves.importText(text, file.name);
        if (!result.ok) {
          ways.notice(result.message);
          return;
        }
        ways.notice(result.message);
        if (result.key) saves.attach(result.key, result.snapshot);
        else saves.attachUnsaved(saves.lastProblem() ?? 'blocked');
        ways.load(result.snapshot);
        ctx.announce(t('Loaded the saved game from {file}.', { file: file.name }));
      })
      .catch((error: unknown) => {
        ways.notice(
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
