// The game menu on the play screen (#game-menu): Export save (the current game as a file) and
// Quit to title. The game is autosaved as it advances; quitting writes it once more, planning
// draft included, and leaves it saved, so Continue on the title resumes it. Storage problems
// (full, private mode, too many games) are shown here, where the player is, and quitting a game
// storage did not keep asks first, offering Export.
import type { GameSnapshot } from '../flow';
import { downloadText } from '../platform/files';
import type { SaveManager } from '../platform/saves';
import { askChoice } from './choice-dialog';
import { el, type Component, type UiContext } from './component';
import { t } from './i18n';
import './save-controls.css';

/** The game menu's ways out, built by the app shell (app.ts). */
export interface GameMenuWays {
  /** The running game's save: exported, written once more on quitting and on leaving the page. */
  saves: Pick<SaveManager, 'exportCurrent' | 'flush' | 'state' | 'storageProblem' | 'onChange'>;
  /** After QUIT: the title. */
  toTitle(): void;
}

export function mountGameMenu(root: HTMLElement, ctx: UiContext, ways: GameMenuWays): Component {
  const { doc } = ctx;
  const { saves } = ways;
  const exportButton = el(doc, 'button', { type: 'button', class: 'secondary', id: 'export-save' }, t('Export save'));
  const quitButton = el(doc, 'button', { type: 'button', class: 'secondary', id: 'quit-to-title' }, t('Quit to title'));
  const status = el(doc, 'p', { class: 'game-menu__status', role: 'status' });
  status.hidden = true;
  root.classList.add('game-menu');
  root.replaceChildren(exportButton, quitButton, status);

  let shown: string | null = null;
  function showStatus(message: string | null): void {
    if (message === shown) return; // setting the same text again would be read out again
    shown = message;
    status.textContent = message ?? '';
    status.hidden = message === null;
  }

  exportButton.addEventListener('click', exportNow);

  function exportNow(): void {
    const file = saves.exportCurrent(ctx.snapshot());
    if (!file) return;
    downloadText(doc, file.filename, file.text);
    ctx.announce(t('Saved the game as {file}.', { file: file.filename }));
  }

  /** A game storage would not keep is lost on quitting: ask first, offering Export. */
  async function mayQuit(): Promise<boolean> {
    const problem = saves.storageProblem();
    if (problem === null) return true;
    const answer = await askChoice(doc, {
      id: 'quit-unsaved-dialog',
      title: t('Quit without saving?'),
      text: [problem, t('If you quit now, the years played since the last save are lost.')],
      choices: [
        { id: 'export', label: t('Export, then quit'), kind: 'primary' },
        { id: 'quit', label: t('Quit without saving'), kind: 'danger' },
        { id: 'stay', label: t('Keep playing') },
      ],
      focus: 'stay',
      cancel: 'stay',
    });
    if (answer === 'export') exportNow();
    return answer !== 'stay';
  }

  quitButton.addEventListener('click', () => {
    if (!ctx.snapshot().can({ type: 'QUIT' })) return;
    // Keep the draft too: autosave only writes when the game advances.
    saves.flush(ctx.snapshot());
    void mayQuit().then((quit) => {
      const snapshot = ctx.snapshot();
      if (!quit || !snapshot.can({ type: 'QUIT' })) return;
      const saved = saves.state().kind === 'saving';
      ctx.send({ type: 'QUIT' });
      ways.toTitle();
      ctx.announce(
        saved
          ? t('Your game is saved. Choose Continue to resume it.')
          : t('Your game could not be saved in this browser.'),
      );
    });
  });

  // Leaving the page (closing the tab, switching apps on a phone) keeps the draft as well.
  const view = doc.defaultView;
  const keep = () => saves.flush(ctx.snapshot());
  view?.addEventListener('pagehide', keep);
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') keep();
  });

  saves.onChange(() => showStatus(saves.storageProblem()));

  return {
    update(snapshot: GameSnapshot) {
      // QUIT is not accepted while an event waits for a choice (the dialog is open then).
      quitButton.disabled = !snapshot.can({ type: 'QUIT' });
      exportButton.disabled = snapshot.context.scenario === null || snapshot.value === 'title';
      showStatus(saves.storageProblem());
    },
  };
}
